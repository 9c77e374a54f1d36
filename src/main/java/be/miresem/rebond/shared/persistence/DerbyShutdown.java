package be.miresem.rebond.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Shuts the embedded Derby database down cleanly when the portal stops (SIGTERM, Ctrl+C, undeploy): its pages are
 * written and its log closed, so the next start needs no recovery and no erased value waits in an unflushed
 * page. Nothing to do on PostgreSQL or a networked Derby.
 */
@WebListener
public class DerbyShutdown implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(DerbyShutdown.class.getName());

    @Resource(lookup = Persistence.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "No database to shut down", e);
            return;
        }
        if (url == null || !url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return;
        }
        String database = url.split(";", 2)[0];
        try {
            DriverManager.getConnection(database + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a clean shutdown of one database as SQLState 08006.
            if (!"08006".equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Derby did not shut down cleanly", e);
                return;
            }
        }
        LOG.info("Derby database shut down cleanly");
    }
}
