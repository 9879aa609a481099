package org.switchboard.knowledge.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.KnowledgeService;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.reply.ReplyTarget;
import org.switchboard.ui.reply.ReplyTargets;
import org.switchboard.ui.session.AgentSession;

/**
 * The Knowledge view: search as typed (narrowed by tag), hits with their matched words highlighted,
 * the article chosen for reading; Use puts the article (or the passage selected in it) into the
 * chat or email reply the agent worked in last, Suggest searches from what that customer wrote,
 * and articles are rated, and new ones or edits proposed, from here.
 */
public class KnowledgeView {

    static final String SEARCH = "knowledge.search";
    static final String TAG = "knowledge.tag";
    static final String STATUS = "knowledge.status";
    static final String ARTICLE_TITLE = "knowledge.article.title";
    static final String USE = "knowledge.use";
    static final String SUGGEST = "knowledge.suggest";
    static final String HELPFUL = "knowledge.helpful";
    static final String NOT_HELPFUL = "knowledge.notHelpful";
    static final String EDIT = "knowledge.edit";
    static final String CONTRIBUTE = "knowledge.contribute";
    /** The words taken from a customer's text for Suggest. */
    static final int SUGGEST_WORDS = 12;

    private AgentSession session;
    private ReplyTargets replies;
    private Text search;
    private Combo tag;
    private Label status;
    private HitList hits;
    private Label articleTitle;
    private ArticleReader reader;
    private Button use;
    private Button helpful;
    private Button notHelpful;
    private Button edit;
    private SearchAsTyped searching;
    private KnowledgeService.Article article;
    private String requestedArticle;
    /** A login (or logout) searches again: what was shown came from the session before. */
    private final ConnectorListener listener = event -> {
        if (event instanceof ConnectorEvent.ConnectionChanged && !search.isDisposed()) {
            searching.now(query());
        }
    };

    @PostConstruct
    public void createControls(Composite parent, AgentSession session, ReplyTargets replies) {
        this.session = session;
        this.replies = replies;
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.title);
        title.setFont(JFaceResources.getHeaderFont());

        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        search = Accessibility.tagged(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), SEARCH,
                Messages.searchLabel);
        search.setMessage(Messages.searchHint);
        search.setToolTipText(Messages.searchHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(search);
        tag = Accessibility.tagged(new Combo(bar, SWT.READ_ONLY), TAG, Messages.tagLabel);
        tag.setItems(Messages.allTags);
        tag.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tag);
        button(bar, SUGGEST, Messages.suggest, this::suggest).setToolTipText(Messages.suggestTip);

        status = Accessibility.tagged(new Label(parent, SWT.WRAP), STATUS, Messages.title);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        hits = new HitList(sash, this::open);
        Composite reading = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(reading);
        articleTitle = Accessibility.tagged(new Label(reading, SWT.WRAP), ARTICLE_TITLE, Messages.article);
        articleTitle.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(articleTitle);
        reader = new ArticleReader(reading);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 120).applyTo(reader.control());
        // a narrow view wraps the buttons onto a second row rather than cutting them off
        Composite actions = new Composite(reading, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.marginLeft = 0;
        actions.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(actions);
        use = button(actions, USE, Messages.use, this::use);
        use.setToolTipText(Messages.useTip);
        helpful = button(actions, HELPFUL, Messages.helpful, () -> rate(true));
        notHelpful = button(actions, NOT_HELPFUL, Messages.notHelpful, () -> rate(false));
        edit = button(actions, EDIT, Messages.edit, this::proposeEdit);
        button(actions, CONTRIBUTE, Messages.contribute, () -> contribute(null));
        sash.setWeights(2, 3);
        enableArticleActions();

        searching = new SearchAsTyped(parent.getDisplay(), this::ask, new SearchAsTyped.Answers() {
            @Override
            public void results(KnowledgeService.Query query, KnowledgeService.Results results) {
                showResults(query, results);
            }

            @Override
            public void failed(KnowledgeService.Query query, Throwable failure) {
                say(failure instanceof KnowledgeService.QuerySyntaxException syntax
                        ? NLS.bind(Messages.syntaxError, syntax.position() + 1, syntax.getMessage())
                        : NLS.bind(Messages.searchFailed, failure.getMessage()));
            }
        });
        search.addListener(SWT.Modify, e -> searching.typed(query()));
        search.addListener(SWT.DefaultSelection, e -> searching.now(query()));
        tag.addListener(SWT.Selection, e -> searching.now(query()));
        session.addListener(listener);
        searching.now(query());
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        searching.cancel();
    }

    private Button button(Composite parent, String id, String label, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, label);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private KnowledgeService.Query query() {
        String chosen = tag.getSelectionIndex() <= 0 ? null : tag.getItem(tag.getSelectionIndex());
        return new KnowledgeService.Query(search.getText(), chosen == null ? null : chosen.replaceFirst(" \\(\\d+\\)$", ""),
                null, 20);
    }

    private CompletionStage<KnowledgeService.Results> ask(KnowledgeService.Query query) {
        return knowledge().map(k -> k.search(query)).orElseGet(
                () -> java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException(Messages.notLoggedIn)));
    }

    private Optional<KnowledgeService> knowledge() {
        return session.adapt(KnowledgeService.class);
    }

    private void showResults(KnowledgeService.Query query, KnowledgeService.Results results) {
        if (search.isDisposed()) {
            return;
        }
        hits.show(results.hits());
        String selectedTag = query.tag();
        String[] items = new String[results.tags().size() + 1];
        items[0] = Messages.allTags;
        int select = 0;
        for (int i = 0; i < results.tags().size(); i++) {
            KnowledgeService.FacetCount f = results.tags().get(i);
            items[i + 1] = f.value() + " (" + f.count() + ")";
            if (f.value().equals(selectedTag)) {
                select = i + 1;
            }
        }
        tag.setItems(items);
        tag.select(select);
        say(results.total() == 0 ? Messages.noResults : NLS.bind(Messages.resultCount, results.total(),
                results.hits().size()));
    }

    private void open(KnowledgeService.Hit hit) {
        requestedArticle = hit.id();
        knowledge().ifPresent(k -> whenDone(k.article(hit.id()), a -> {
            if (a.id().equals(requestedArticle)) {
                article = a;
                articleTitle.setText(a.title().replace("&", "&&"));
                reader.show(a.markdown());
                articleTitle.getParent().layout(true, true);
                enableArticleActions();
            }
        }, Messages.articleFailed));
    }

    private void enableArticleActions() {
        boolean shown = article != null;
        use.setEnabled(shown);
        helpful.setEnabled(shown);
        notHelpful.setEnabled(shown);
        edit.setEnabled(shown);
    }

    /** Puts the article, or the passage selected in it, into the reply the agent worked in last. */
    private void use() {
        if (article == null) {
            return;
        }
        Optional<ReplyTarget> target = replies.current();
        if (target.isEmpty()) {
            say(Messages.noReply);
            return;
        }
        if (!target.get().insert(reader.passageOrAll())) {
            say(NLS.bind(Messages.replyClosed, target.get().label()));
            return;
        }
        say(NLS.bind(Messages.used, article.title(), target.get().label()));
        String id = article.id();
        knowledge().ifPresent(k -> whenDone(k.used(id), v -> {
        }, Messages.countFailed));
    }

    /** Searches with what the customer of the current reply wrote last. */
    private void suggest() {
        Optional<ReplyTarget> target = replies.current();
        String text = target.map(ReplyTarget::customerText).orElse("");
        if (text.isBlank()) {
            say(Messages.nothingToSuggestFrom);
            return;
        }
        List<String> words = java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 2)
                .limit(SUGGEST_WORDS).toList();
        search.setText(String.join(" ", words));
        tag.select(0);
        searching.now(query());
    }

    private void rate(boolean wasHelpful) {
        if (article == null) {
            return;
        }
        knowledge().ifPresent(k -> whenDone(k.rate(article.id(), wasHelpful),
                v -> say(Messages.thanksForRating), Messages.countFailed));
    }

    private void proposeEdit() {
        if (article != null) {
            contribute(article);
        }
    }

    private void contribute(KnowledgeService.Article edited) {
        knowledge().ifPresentOrElse(k -> new ContributeDialog(search.getShell(), k, edited).open(),
                () -> say(Messages.notLoggedIn));
    }

    private <T> void whenDone(CompletionStage<T> stage, Consumer<T> done, String failure) {
        org.eclipse.swt.widgets.Display display = search.getDisplay();
        stage.whenComplete((value, error) -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (search.isDisposed()) {
                        return;
                    }
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        say(NLS.bind(failure, cause.getMessage()));
                    } else {
                        done.accept(value);
                    }
                });
            }
        });
    }

    private void say(String text) {
        if (!status.isDisposed() && !text.equals(status.getText())) {
            status.setText(text);
            status.getParent().layout(true, true);
        }
    }
}
