package org.switchboard.benchmarks.knowledge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.SearchQuery;
import org.switchboard.server.knowledge.internal.DemoCorpus;
import org.switchboard.server.knowledge.internal.LuceneKnowledgeBase;

/**
 * The server's knowledge base at scale: publishes {@code -articles} generated articles (the demo's
 * help articles varied with product codes and sentences of their own), times the store and index
 * build and an index rebuild, then {@code -queries} searches as agents type them (words, typos,
 * phrases, a tag filter) and title suggestions, one at a time. Prints each figure with its unit, the
 * load average and the CPU time the process used.
 */
public final class KnowledgeSearchBenchmark {

    private static final String[] QUERIES = { "refund", "refund card", "refnud", "warrenty claim", "earbuds pair",
            "wireless earbds will not pair", "\"arrived damaged\"", "delivery express", "return jacket",
            "espresso machine slow", "descale kettle", "tent condensation", "password reset", "invoice VAT",
            "gift card balance", "standing desk wobbles", "loyalty points", "sleeping bag cold", "title:warranty",
            "+returns -electronics", "smartwach charge", "parcel tracking", "office chair sinks", "size guide boots" };
    private static final String[] SUGGESTIONS = { "ret", "returning a", "war", "deliv", "my wire", "caring for y" };
    private static final String[] WORDS = ("order parcel customer courier warehouse label voucher receipt exchange"
            + " battery charger strap zip seam sole lining filter lid handle wheel screw bracket cable app firmware"
            + " store account payment invoice colour size fit stock reorder discount bundle gift").split(" ");

    public static void main(String[] args) throws IOException {
        int articles = intArg(args, "-articles", 100_000);
        int queries = intArg(args, "-queries", 5_000);
        Path folder = Files.createTempDirectory("switchboard-knowledge-benchmark");
        List<String> out = new ArrayList<>();
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, Clock.systemUTC())) {
            List<ArticleDraft> corpus = DemoCorpus.articles();
            Random random = new Random(20_261_208L);
            long t0 = System.nanoTime();
            int batch = 5_000;
            for (int from = 0; from < articles; from += batch) {
                List<ArticleDraft> drafts = new ArrayList<>(batch);
                for (int i = from; i < Math.min(articles, from + batch); i++) {
                    drafts.add(variant(corpus.get(i % corpus.size()), i, random));
                }
                kb.publishAll(drafts, "benchmark");
            }
            double publishSeconds = (System.nanoTime() - t0) / 1e9;
            out.add(String.format("published (store and index): %d articles in %.1f s = %.0f articles/s", articles,
                    publishSeconds, articles / publishSeconds));
            long t1 = System.nanoTime();
            kb.rebuildIndex();
            double rebuildSeconds = (System.nanoTime() - t1) / 1e9;
            out.add(String.format("index rebuilt from the store: %.1f s = %.0f articles/s", rebuildSeconds,
                    articles / rebuildSeconds));
            out.add(String.format("index size: %.1f MiB (%.0f bytes/article)", kb.indexBytes() / 1048576.0,
                    kb.indexBytes() / (double) articles));

            for (int i = 0; i < 500; i++) {
                search(kb, i);
            }
            long[] searches = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                hits += search(kb, i);
                searches[i] = System.nanoTime() - s;
            }
            out.add("search (10 hits with marked passages and facets): " + percentiles(searches) + ", "
                    + hits / queries + " matches per search on average");
            long[] suggestions = new long[queries];
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                kb.suggest(SUGGESTIONS[i % SUGGESTIONS.length], 8);
                suggestions[i] = System.nanoTime() - s;
            }
            out.add("suggestions (8 titles): " + percentiles(suggestions));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        out.add(String.format("load average %.2f on %d cores; process CPU time %.1f s",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1e9));
        out.forEach(System.out::println);
        String file = stringArg(args, "-out");
        if (file != null) {
            Files.write(Path.of(file), out);
        }
    }

    private static long search(LuceneKnowledgeBase kb, int i) {
        String text = QUERIES[i % QUERIES.length];
        String tag = i % 7 == 0 ? "returns" : null;
        return kb.search(new SearchQuery(text, tag, null, null, 10)).total();
    }

    /** The article with a product code in its title and two sentences of its own, tagged with a batch. */
    private static ArticleDraft variant(ArticleDraft d, int n, Random random) {
        StringBuilder extra = new StringBuilder();
        for (int s = 0; s < 2; s++) {
            extra.append("\n\nFor model SB-").append(n).append(',');
            for (int w = 0; w < 12; w++) {
                extra.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            extra.append('.');
        }
        List<String> tags = new ArrayList<>(d.tags());
        tags.add("batch-" + (n % 50));
        return new ArticleDraft(d.title() + " (model SB-" + n + ")", d.body() + extra, tags, d.language(),
                d.services());
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static int intArg(String[] args, String name, int absent) {
        String v = stringArg(args, name);
        return v == null ? absent : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
