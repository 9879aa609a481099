package org.switchboard.ui.testing.pages;

import java.util.List;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The Knowledge view: search, hits, the article being read and its actions, and the contribute dialog. */
public class KnowledgeViewPage {

    public static final String VIEW_ID = "org.switchboard.knowledge.ui.view";

    private final UiDriver driver;

    public KnowledgeViewPage(UiDriver driver) {
        this.driver = driver;
    }

    /** Brings the Knowledge view to the front, as clicking its tab would. */
    public static KnowledgeViewPage show(UiDriver driver) {
        new AgentWorkbenchPage(driver).showView(VIEW_ID);
        return new KnowledgeViewPage(driver);
    }

    public KnowledgeViewPage search(String text) {
        driver.find("knowledge.search").setText(text);
        return this;
    }

    public WidgetHandle status() {
        return driver.find("knowledge.status");
    }

    /** Each hit as shown: its title, a dash, its passage. */
    public List<String> hits() {
        return driver.find("knowledge.results").rows().stream().map(r -> r.get(0)).toList();
    }

    /** Waits until a hit's title starts with {@code title}, and returns the hits then. */
    public List<String> waitForHit(String title) {
        driver.waitUntil("a hit titled \"" + title + "\"", () -> hits().stream().anyMatch(h -> h.startsWith(title)));
        return hits();
    }

    /** Opens the hit whose title starts with {@code title} and waits until the reader shows it. */
    public KnowledgeViewPage open(String title) {
        String row = hits().stream().filter(h -> h.startsWith(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no hit titled " + title + ": " + hits()));
        driver.find("knowledge.results").select(row);
        driver.find("knowledge.article.title").waitForText(title);
        return this;
    }

    public WidgetHandle articleBody() {
        return driver.find("knowledge.article.body");
    }

    public KnowledgeViewPage use() {
        driver.find("knowledge.use").waitUntilEnabled().click();
        return this;
    }

    public KnowledgeViewPage suggest() {
        driver.find("knowledge.suggest").click();
        return this;
    }

    public KnowledgeViewPage rateHelpful() {
        driver.find("knowledge.helpful").waitUntilEnabled().click();
        return this;
    }

    /** Opens the contribute dialog for a new article. */
    public ContributeDialogPage contribute() {
        driver.find("knowledge.contribute").click();
        return new ContributeDialogPage(driver);
    }

    /** The contribute dialog: a proposal's fields and the agent's proposals with their review state. */
    public static final class ContributeDialogPage {

        private final UiDriver driver;

        ContributeDialogPage(UiDriver driver) {
            this.driver = driver;
        }

        public ContributeDialogPage propose(String title, String tags, String body) {
            driver.find("knowledge.contribute.title").setText(title);
            driver.find("knowledge.contribute.tags").setText(tags);
            driver.find("knowledge.contribute.body").setText(body);
            driver.find("knowledge.contribute.submit").waitUntilEnabled().click();
            return this;
        }

        /** Title and review state of each proposal, newest first. */
        public List<List<String>> proposals() {
            return driver.find("knowledge.contribute.proposals").rows().stream().map(r -> r.subList(0, 2)).toList();
        }

        public ContributeDialogPage waitForProposal(String title, String state) {
            driver.waitUntil("proposal \"" + title + "\" " + state,
                    () -> proposals().contains(List.of(title, state)));
            return this;
        }

        public void close() {
            org.eclipse.swt.widgets.Control table = (org.eclipse.swt.widgets.Control) driver
                    .find("knowledge.contribute.proposals").widget();
            driver.onUi(() -> table.getShell().close());
            driver.waitUntilGone("knowledge.contribute.proposals");
        }
    }
}
