package uk.scrutiny.architecture.violations.application.review;

import com.vaadin.flow.component.notification.Notification;

/** Breaks the application rules: a use case talking to the screen. */
public class ReviewServiceNotifyingUsers {

    public void signedOff() {
        Notification.show("Review signed off");
    }
}
