package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Tests only: /test/lignes lists the number of rows of every table ({@code table=count}, one per line) when the
 * portal runs in the SystemTest stage, so the hostile-input test can prove that a rejected form saved nothing.
 * In every other stage it does not exist (404), like {@link FaultServlet}.
 */
@WebServlet(urlPatterns = "/test/lignes")
public class RowCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = Persistence.DATA_SOURCE)
    private transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"SystemTest".equals(Settings.PROJECT_STAGE.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TreeMap<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                        rs.next();
                        counts.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder body = new StringBuilder();
        counts.forEach((table, count) -> body.append(table).append('=').append(count).append('\n'));
        response.getWriter().write(body.toString());
    }
}
