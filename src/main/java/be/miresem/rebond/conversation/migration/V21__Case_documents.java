package be.miresem.rebond.conversation.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The bytes of the documents attached to cases ({@code case_document}, V20), read only for a download. In Java
 * because the type differs: Derby's BLOB, PostgreSQL's BYTEA. Stored in the database so that backups and the
 * Derby → PostgreSQL copy carry the files.
 */
public class V21__Case_documents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase()
                .contains("postgres");
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE TABLE case_document_content ("
                    + " document_id  BIGINT NOT NULL PRIMARY KEY REFERENCES case_document (id),"
                    + " content      " + (postgres ? "BYTEA" : "BLOB(2G)") + " NOT NULL)");
        }
    }
}
