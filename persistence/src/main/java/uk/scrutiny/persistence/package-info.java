/**
 * Everything that talks SQL: JDBC adapters for the domain's ports, one package per feature, over
 * the schema that the Liquibase changelogs in {@code db/changelog} own.
 */
@NullMarked
package uk.scrutiny.persistence;

import org.jspecify.annotations.NullMarked;
