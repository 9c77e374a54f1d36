package be.miresem.rebond.shared.persistence;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain DataSource over any JDBC driver and URL, so that the container's connection pool can be
 * pointed at embedded Derby or PostgreSQL by configuration alone (WEB-INF/glassfish-resources.xml
 * reads REBOND_DB_DRIVER, REBOND_DB_URL, REBOND_DB_USER, REBOND_DB_PASSWORD). The pool calls the
 * setters with those values; pooling and transactions stay the container's.
 */
public class DriverDataSource implements DataSource {

    private String driverClass;
    private String url;
    private String user;
    private String password;
    private volatile Driver driver;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setDriverClass(String driverClass) {
        this.driverClass = driverClass;
    }

    public String getDriverClass() {
        return driverClass;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            properties.setProperty("password", pass);
        }
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver " + driverClass + " does not accept the URL " + url, "08001");
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        Driver current = driver;
        if (current == null) {
            if (url != null && url.startsWith("jdbc:derby:")) {
                privateDerbyHome();
            }
            try {
                current = (Driver) Class.forName(driverClass, true, getClass().getClassLoader())
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new SQLException("Cannot load the JDBC driver " + driverClass, "08001", e);
            }
            driver = current;
        }
        return current;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /**
     * The embedded database holds personal data: its folder (derby.system.home) is readable by the portal's
     * own user only (700, tightened if it exists), and Derby creates every file in it for that user only
     * (600), whatever the umask. Set before Derby's engine boots, which reads the property once.
     */
    private static void privateDerbyHome() throws SQLException {
        System.setProperty("derby.storage.useDefaultFilePermissions", "false");
        String home = System.getProperty("derby.system.home");
        if (home == null) {
            return;
        }
        Path folder = Path.of(home);
        try {
            Files.createDirectories(folder);
            if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(folder,
                        PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new SQLException("Cannot make the database folder " + folder + " private", "08001", e);
        }
    }
}
