package uk.scrutiny.architecture.violations.domain.review;

import org.springframework.context.ApplicationEventPublisher;

/** Breaks the plain-Java domain: the model publishing through Spring. */
public class ReviewPublishingSpringEvents {

    private final ApplicationEventPublisher events;

    public ReviewPublishingSpringEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void signOff() {
        events.publishEvent("signed off");
    }
}
