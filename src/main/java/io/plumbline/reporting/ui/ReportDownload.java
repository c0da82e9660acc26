package io.plumbline.reporting.ui;

import io.plumbline.shared.ui.Ui;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.plumbline.reporting.ReportFile;
import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportService;
import java.io.ByteArrayInputStream;
import org.springframework.modulith.NamedInterface;

/**
 * A link that downloads one report (the report pages and the portal home use it). The
 * bytes are fetched when the link is followed, in that request's security context,
 * through the same access check as every other read: a client user gets only their own
 * client's reports.
 */
@NamedInterface("download")
public final class ReportDownload {

    private ReportDownload() {
    }

    public static Anchor link(ReportService reports, ReportId id, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportFile file = reports.download(id).orElseThrow(() -> new IllegalStateException("No such report"));
            return new com.vaadin.flow.server.streams.DownloadResponse(new ByteArrayInputStream(file.pdf()),
                    file.fileName(), "application/pdf", file.pdf().length);
        }), text);
        anchor.setRouterIgnore(true);
        anchor.addClassName("pl-report-download");
        return anchor;
    }

    public static String size(Integer bytes) {
        return bytes == null ? "" : bytes < 1024 * 1024 ? "%d kB".formatted(Math.round(bytes / 1024.0))
                : String.format(Ui.figures().locale(), "%.1f MB", bytes / 1024.0 / 1024.0);
    }

}
