package org.switchboard.chat.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.desktop.services.ContentTypes;

/** The desktop's own check of a customer's picture, before anything decodes it. */
class PictureCheckTest {

    private final PictureCheck check = new PictureCheck(contentTypes());

    /** The content types the desktop's component detects, as the chat view gets them. */
    private static ContentTypes contentTypes() {
        BundleContext context = FrameworkUtil.getBundle(PictureCheck.class).getBundleContext();
        ServiceTracker<ContentTypes, ContentTypes> tracker = new ServiceTracker<>(context, ContentTypes.class, null);
        tracker.open();
        try {
            ContentTypes found = tracker.waitForService(10_000);
            assertTrue(found != null, "the content types component is active");
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            tracker.close();
        }
    }

    @Test
    void aRealPictureIsDecodedIntoAThumbnailAndAFullViewThatFitTheirBounds() throws Exception {
        PictureCheck.Decoded d = check.check(TestPictures.png(1600, 1200), "crash.png", "image/png");
        assertEquals(1600, d.width());
        assertEquals(160, d.thumbnail().width);
        assertEquals(120, d.thumbnail().height);
        assertEquals(1200, d.full().width);
        assertEquals(900, d.full().height);
    }

    @Test
    void aPictureThatIsNotWhatItClaimsToBeIsRefused() {
        PictureCheck.Refused r = assertThrows(PictureCheck.Refused.class,
                () -> check.check(TestPictures.png(20, 20), "crash.jpg", "image/jpeg"));
        assertEquals("MISLABELLED", r.rule);
        assertTrue(r.getMessage().contains("image/png"), r.getMessage());
        assertEquals("MISLABELLED",
                assertThrows(PictureCheck.Refused.class, () -> check.check(TestPictures.pdf(), "a.png", "image/png")).rule);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() {
        PictureCheck.Refused r = assertThrows(PictureCheck.Refused.class,
                () -> check.check(TestPictures.pngHeader(100_000, 100_000), "bomb.png", "image/png"));
        assertEquals("TOO_MANY_PIXELS", r.rule);
    }

    @Test
    void aPictureOverTheSizeLimitIsRefusedBeforeItsTypeIsRead() {
        assertEquals("TOO_LARGE", assertThrows(PictureCheck.Refused.class,
                () -> check.check(TestPictures.oversize(), "big.png", "image/png")).rule);
    }

    @Test
    void aTypeThisViewCannotShowIsSaidSo() {
        byte[] webp = { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0, 0, 0, 0 };
        assertEquals("TYPE_NOT_SHOWN",
                assertThrows(PictureCheck.Refused.class, () -> check.check(webp, "a.webp", "image/webp")).rule);
    }
}
