package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the data tables of a page (dashboards, results) as a person reads them: rows by their header. */
public final class Tables {

    private Tables() {
    }

    /** A table's rows by their first cell: the other cells' texts ({@code id}: "results", or X for table-X). */
    public static Map<String, List<String>> table(String page, String id) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : cells(page, id)) {
            rows.put(row.get(0), row.subList(1, row.size()).stream().map(Tables::text).toList());
        }
        return rows;
    }

    /** The address of the link in a cell (column 0 is the row header), without the context path. */
    public static String href(String page, String tableId, String row, int column) {
        for (List<String> cells : cells(page, tableId)) {
            if (cells.get(0).equals(row)) {
                Matcher matcher = Pattern.compile("href=\"([^\"]+)\"").matcher(cells.get(column));
                assertThat(matcher.find()).as("a link in " + row + " column " + column).isTrue();
                return matcher.group(1).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no row " + row + " in " + tableId);
    }

    /** Each body row: the row header's text, then the raw HTML of each cell. */
    private static List<List<String>> cells(String page, String id) {
        int start = page.indexOf("id=\"" + (id.equals("results") ? id : "table-" + id) + "\"");
        assertThat(start).as("table " + id).isPositive();
        String table = page.substring(start, page.indexOf("</table>", start));
        String body = table.substring(table.indexOf("<tbody>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cells.isEmpty() ? text(cell.group(1)) : cell.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The text of an HTML fragment, entities decoded and white space collapsed. */
    public static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replaceAll("\\s+", " ").strip();
    }
}
