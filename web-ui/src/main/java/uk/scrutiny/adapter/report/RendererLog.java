package uk.scrutiny.adapter.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the PDF renderer's messages to the application's log: its warnings as warnings, its chatter at debug level. */
final class RendererLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("uk.scrutiny.adapter.report.pdf");

    private RendererLog() {}

    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
            XRLog.setLoggerImpl(new RendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, error);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The application's logging configuration decides.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
    }
}
