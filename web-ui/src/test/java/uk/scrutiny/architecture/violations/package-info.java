/**
 * Purpose-built offenders (and a few law-abiding neighbours) for
 * {@code ArchitectureRulesCatchViolationsTests}: a miniature of the application's package layout
 * under a root of its own, so that each rule can be shown to fail. Test classes are left out of
 * the real architecture scan, and nothing here is a Spring bean or a route Vaadin would register.
 */
package uk.scrutiny.architecture.violations;
