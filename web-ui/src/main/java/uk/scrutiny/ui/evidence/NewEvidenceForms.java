package uk.scrutiny.ui.evidence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.evidence.FileKind;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.component.Notifications;

/**
 * The forms that file new evidence: upload a file (checked by its bytes on the server) or add an
 * {@code https://} link. A refused file is recorded as a rejected upload, and the message says so. What happens to the new item next (cite it, show it) is the caller's.
 */
public final class NewEvidenceForms {

    /** The upload form's values; every one may be left as it is. */
    public record UploadData(
            @Nullable String title,
            @Nullable EvidenceType type,
            @Nullable LocalDate date,
            @Nullable Agency owner) {}

    /** The link form's values. */
    public record LinkData(
            String title, String address, @Nullable LocalDate date) {}

    /** What the upload shows beside a file that the browser refuses to send for its size; such a refusal is recorded. */
    static final String TOO_BIG = "Over the size limit: not sent.";

    private final EvidenceService evidence;
    private final List<Agency> agencies;
    private final Clock clock;

    public NewEvidenceForms(EvidenceService evidence, List<Agency> agencies, Clock clock) {
        this.evidence = evidence;
        this.agencies = agencies;
        this.clock = clock;
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setHelperText("dd/mm/yyyy");
        return picker;
    }

    public static ComboBox<Agency> agencyPicker(String label, List<Agency> agencies) {
        ComboBox<Agency> owner = new ComboBox<>(label);
        owner.setItems(agencies);
        owner.setItemLabelGenerator(a -> a.code() + " — " + a.name());
        owner.setClearButtonVisible(true);
        // Wide enough for an agency's whole name, in the field and in its list.
        owner.setWidth("22em");
        owner.setOverlayWidth("30em");
        return owner;
    }

    /** An upload form; {@code added} runs with the new item inside the same request, and its outcome is reported. */
    public Component uploadForm(String heading, Consumer<EvidenceItem> added, String success) {
        Section section = new Section(new H3(heading));
        TextField title = new TextField("Title");
        title.setHelperText("Leave empty to use the file's name.");
        title.setMaxLength(500);
        Select<EvidenceType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(EvidenceType.DOCUMENT, EvidenceType.MINUTES, EvidenceType.ACTION_LOG);
        type.setItemLabelGenerator(EvidenceType::label);
        DatePicker date = datePicker("Date of the document");
        ComboBox<Agency> owner = agencyPicker("Owning agency (optional)", agencies);
        Binder<UploadData> binder = new Binder<>(UploadData.class);
        binder.forField(title).bind("title");
        binder.forField(type).bind("type");
        binder.forField(date).bind("date");
        binder.forField(owner).bind("owner");
        binder.readRecord(new UploadData("", EvidenceType.DOCUMENT, LocalDate.now(clock), null));
        // The callback runs with the page locked, once the whole file is in a temporary file.
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                UploadData data = FormValues.valid(binder).orElseThrow();
                String name = metadata.fileName();
                Notifications.attempt(
                        () -> added.accept(evidence.upload(
                                file.toPath(),
                                name,
                                data.title() == null || data.title().isBlank() ? name : data.title(),
                                data.type() == null ? EvidenceType.DOCUMENT : data.type(),
                                data.date() == null ? LocalDate.now(clock) : data.date(),
                                data.owner() == null ? null : data.owner().code())),
                        success);
            } finally {
                deleteQuietly(file);
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, evidence.maxUploadBytes()));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(TOO_BIG)));
        upload.addFileRejectedListener(e -> {
            if (TOO_BIG.equals(e.getErrorMessage())) {
                Notifications.error(
                        evidence.refusedBeforeSending(e.getFileName()).getMessage());
            } else {
                Notifications.error(e.getErrorMessage() + " Accepted: " + FileKind.acceptedList() + ", up to "
                        + evidence.maxUploadBytes() / 1_048_576 + " MB.");
            }
        });
        upload.getElement().setAttribute("aria-label", "Choose the file to upload");
        HorizontalLayout fields = new HorizontalLayout(title, type, date, owner);
        fields.setWrap(true);
        section.add(fields, upload);
        return section;
    }

    /** A form for an {@code https://} link; {@code added} runs with the new item. */
    public Component linkForm(String heading, Consumer<EvidenceItem> added, String success) {
        Section section = new Section(new H3(heading));
        TextField title = new TextField("Title");
        title.setMaxLength(500);
        TextField address = new TextField("Address");
        address.setPlaceholder("https://");
        address.setHelperText("Only secure https:// addresses are accepted.");
        address.setWidth("28em");
        DatePicker date = datePicker("Date");
        Binder<LinkData> binder = new Binder<>(LinkData.class);
        binder.forField(title).asRequired("Give the link a title.").bind("title");
        binder.forField(address).bind("address");
        binder.forField(date).bind("date");
        binder.readRecord(new LinkData("", "", LocalDate.now(clock)));
        Button add = new Button(
                heading,
                e -> FormValues.valid(binder).ifPresent(data -> {
                    LocalDate day = data.date() == null ? LocalDate.now(clock) : data.date();
                    if (Notifications.attempt(
                            () -> added.accept(evidence.addLink(data.title(), data.address(), day, null)), success)) {
                        binder.readRecord(new LinkData("", "", day));
                    }
                }));
        HorizontalLayout row = new HorizontalLayout(title, address, date, add);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        section.add(row);
        return section;
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            // The system clears its temporary folder in time.
        }
    }
}
