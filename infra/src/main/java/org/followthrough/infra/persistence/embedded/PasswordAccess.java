package org.followthrough.infra.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * Only the app may connect to its embedded PostgreSQL: over TCP on this machine (no Unix socket), as the superuser,
 * with a password generated on the folder's first start and kept beside it in {@code postgres.password}, readable by
 * its owner only. zonky creates folders that trust every local connection; a folder made by an earlier version is
 * given its password on its first start here (once more whenever the password file is missing).
 */
final class PasswordAccess {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(PasswordAccess.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_REQUIRED = "scram-sha-256";
    private static final String TRUST = "trust";

    private final Path directory;
    private final Path passwordFile;
    private final String password;
    private final boolean creating;
    private final boolean granting;

    private PasswordAccess(Path directory, Path passwordFile, String password, boolean creating, boolean granting) {
        this.directory = directory;
        this.passwordFile = passwordFile;
        this.password = password;
        this.creating = creating;
        this.granting = granting;
    }

    /**
     * The password of the folder's server: the one kept beside it; a new one, written now, for a folder
     * {@code initdb} is about to create; or a new one still to be given to a server created without one.
     */
    static PasswordAccess of(Path directory) {
        // zonky runs initdb exactly when this file is missing
        boolean initialised = Files.exists(directory.resolve("postgresql.conf"));
        Path passwordFile = DataFolderFiles.beside(directory, ".password");
        try {
            if (Files.exists(passwordFile)) {
                DataFolderFiles.restrictToOwner(passwordFile);
                String kept = Files.readString(passwordFile).strip();
                if (!kept.isEmpty()) {
                    return new PasswordAccess(directory, passwordFile, kept, !initialised, false);
                }
            }
            String generated = generate();
            if (!initialised) {
                DataFolderFiles.writeOwnerOnly(passwordFile, generated + "\n");
                return new PasswordAccess(directory, passwordFile, generated, true, false);
            }
            return new PasswordAccess(directory, passwordFile, generated, false, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + passwordFile, e);
        }
    }

    String password() {
        return password;
    }

    void configure(EmbeddedPostgres.Builder builder) {
        builder.setConnectConfig("password", password);
        if (creating) {
            // zonky hands its "locale" settings to initdb as --key=value: the superuser has its password from the start
            builder.setLocaleConfig("pwfile", passwordFile.toString());
        }
        builder.setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setDataDirectoryCustomizer(folder -> writeRules(granting ? TRUST : PASSWORD_REQUIRED));
    }

    /** For a server that had no password: gives it one, keeps it, and from now on requires it. */
    void grantIfNeeded(EmbeddedPostgres postgres) {
        if (!granting) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            // the verifier is computed here: the password itself never reaches the server
            connection.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), PASSWORD_REQUIRED);
            DataFolderFiles.writeOwnerOnly(passwordFile, password + "\n");
            writeRules(PASSWORD_REQUIRED);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the embedded PostgreSQL in " + directory + " a password", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded PostgreSQL's password in " + passwordFile, e);
        }
        log.info("The embedded PostgreSQL in {} now requires the password kept in {} (it trusted every local "
                + "connection before)", directory, passwordFile);
    }

    private void writeRules(String method) {
        String rules = """
                # Written by Followthrough at each start (edits are replaced): only the app connects, over TCP on this
                # machine, with the password kept in %s.
                host    all    all    127.0.0.1/32    %s
                host    all    all    ::1/128         %s
                """.formatted(passwordFile, method, method);
        try {
            Files.writeString(directory.resolve("pg_hba.conf"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + directory.resolve("pg_hba.conf"), e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
