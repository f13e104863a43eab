package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.dialog.Dialog;

/** Breaks the naming rule: a dialog not called a Dialog. */
public class ReviewPopup extends Dialog {}
