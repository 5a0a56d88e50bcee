package ir.shenava.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes (the "saved" message shown after a form's redirect) kept in the session, at most
 * the {@value #KEPT} newest. A browser takes each on the page it is sent to; a client that posts
 * without following the redirects (a script, a benchmark, tabs closed before the next page came)
 * would pile them up for three minutes each, and every request of that session then reads and writes
 * the whole pile with the session row (Spring Session JDBC): completing surveys at 60 a second spent
 * most of its time deserialising a thousand stale messages (bench/README.md, calls.sh).
 */
@Component("flashMapManager")   // the DispatcherServlet's name for it
class BoundedFlashMaps extends SessionFlashMapManager {

    static final int KEPT = 10;

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        super.updateFlashMaps(flashMaps.size() <= KEPT ? flashMaps
                : new ArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size())), request, response);
    }
}
