package uk.scrutiny.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets a MySQL or MariaDB connection take part in {@code LOAD DATA LOCAL INFILE}, which the import
 * uses to store a chunk of checked scorecard figures in one statement, without letting the server
 * read any file of this machine.
 *
 * <p>Connector/J only offers the capability to the server when {@code allowLoadLocalInfile} or
 * {@code allowLoadLocalInfileInPath} is set when it connects. This sets the second to a folder
 * that cannot exist (under {@code /dev/null}), so that a request from the server for any file is
 * refused; the import switches {@code allowLoadLocalInfile} on for its own statement only, and hands
 * the driver the figures as a stream, which the driver sends whatever file the server names.
 */
@Component
class LocalInfileSettings implements BeanPostProcessor {

    /** No file can be under it: {@code /dev/null} is not a folder. */
    static final String NO_FILES = "/dev/null/no-local-files";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource
                && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith("jdbc:mysql:")) {
            dataSource.addDataSourceProperty("allowLoadLocalInfileInPath", NO_FILES);
        }
        return bean;
    }
}
