package org.switchboard.server.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.switchboard.server.knowledge.ArticleDraft;

/**
 * The Lucene index of the published articles' newest versions, in a folder of its own: English
 * analysis (stemming, stop words) for title and body, an unstemmed copy of the title for
 * suggestions, tags and services as filters and facets. Readers see changes once committed.
 */
final class ArticleIndex implements AutoCloseable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TITLE_WORDS = "title_words";
    static final String TAG = "tag";
    static final String SERVICE = "service";
    static final String LANGUAGE = "language";

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    ArticleIndex(Path folder) {
        analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of(TITLE_WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
        facets.setMultiValued(TAG, true);
        facets.setMultiValued(SERVICE, true);
        try {
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the knowledge index does not open in " + folder, e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Adds the article or replaces its earlier version; seen by searches after {@link #commit()}. */
    void put(String id, ArticleDraft content, String bodyText) {
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new TextField(TITLE, content.title(), Field.Store.YES));
        doc.add(new TextField(TITLE_WORDS, content.title(), Field.Store.NO));
        doc.add(new TextField(BODY, bodyText, Field.Store.YES));
        doc.add(new StringField(LANGUAGE, content.language(), Field.Store.NO));
        for (String tag : content.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(TAG, tag));
        }
        for (String service : content.services()) {
            doc.add(new StringField(SERVICE, service, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SERVICE, service));
        }
        try {
            writer.updateDocument(new Term(ID, id), facets.build(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return search(s -> s.getIndexReader().numDocs());
    }

    /** Runs {@code work} on the newest searcher. */
    <T> T search(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface SearchWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** The facet ordinals of {@code reader}, built once per reader the searcher manager opens. */
    synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetReader != reader) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
            facetReader = reader;
        }
        return facetState;
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    /** The index's size on disk, in bytes. */
    long bytes() {
        try {
            long sum = 0;
            for (String file : directory.listAll()) {
                sum += directory.fileLength(file);
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
