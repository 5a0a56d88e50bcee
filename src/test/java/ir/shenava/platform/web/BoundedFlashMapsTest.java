package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

class BoundedFlashMapsTest {

    @Test
    void postsWhoseRedirectsAreNeverFollowedKeepOnlyTheNewestMessagesInTheSession() {
        BoundedFlashMaps flashMaps = new BoundedFlashMaps();
        MockHttpSession session = new MockHttpSession();
        for (int i = 1; i <= 25; i++) {
            MockHttpServletRequest post = new MockHttpServletRequest("POST", "/calls/" + i + "/complete");
            post.setSession(session);
            FlashMap saved = new FlashMap();
            saved.put("success", "saved " + i);
            saved.setTargetRequestPath("/calls");
            flashMaps.saveOutputFlashMap(saved, post, new MockHttpServletResponse());
        }
        @SuppressWarnings("unchecked")
        List<FlashMap> kept = (List<FlashMap>) session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(kept).hasSize(BoundedFlashMaps.KEPT).extracting(m -> m.get("success"))
                .containsExactly("saved 16", "saved 17", "saved 18", "saved 19", "saved 20", "saved 21", "saved 22", "saved 23",
                        "saved 24", "saved 25");

        // the page the last redirect leads to still shows its message
        MockHttpServletRequest queue = new MockHttpServletRequest("GET", "/calls");
        queue.setSession(session);
        FlashMap shown = flashMaps.retrieveAndUpdate(queue, new MockHttpServletResponse());
        assertThat((Object) shown).isNotNull();
        assertThat(shown.get("success")).isEqualTo("saved 16");   // the oldest kept is taken first, as Spring does
    }
}
