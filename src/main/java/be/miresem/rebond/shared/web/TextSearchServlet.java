package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Tests only: /test/texte?q= lists every {@code table.column} whose text contains q (one per line, with the
 * number of rows), over every text column of every table, so the privacy test can prove that an erasure left
 * nothing behind. SystemTest stage only; 404 in every other stage, like {@link RowCountServlet}.
 */
@WebServlet(urlPatterns = "/test/texte")
public class TextSearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = Persistence.DATA_SOURCE)
    private transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getParameter("q");
        if (!"SystemTest".equals(Settings.PROJECT_STAGE.get()) || text == null || text.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder found = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CLOB || type == Types.LONGVARCHAR || type == Types.CHAR) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                String sql = "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE CAST(\"" + column[1]
                        + "\" AS VARCHAR(32672)) LIKE ?";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, "%" + text + "%");
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.append(column[0].toLowerCase(Locale.ROOT)).append('.')
                                    .append(column[1].toLowerCase(Locale.ROOT)).append('=').append(rs.getLong(1))
                                    .append('\n');
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        byte[] body = found.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(body);
    }
}
