package org.followthrough.site.export;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.followthrough.site.PrecompiledTemplates;
import org.followthrough.site.timeline.OpportunityGroup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders a timeline into a self-contained folder — {@code index.html} and {@code css/app.css}, relative links only,
 * no scripts — that opens in any browser from the disk; or into a zip of that folder.
 */
public final class StaticTimeline {

    /** What the export shows: whose timeline, when it was made, and the opportunities with their events. */
    public record Model(String owner, String exportedOn, String zone, List<OpportunityGroup> groups) {

        public Model {
            groups = List.copyOf(groups);
        }
    }

    private static final String STYLESHEET = "static/css/app.css";
    private final TemplateEngine engine;

    public StaticTimeline() {
        this.engine = PrecompiledTemplates.engine(ContentType.Html, PrecompiledTemplates.HTML);
    }

    /** The folder's files by relative path. */
    public Map<String, byte[]> files(Model model) {
        StringOutput html = new StringOutput();
        engine.render("export/timeline.jte", Map.of("model", model), html);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", html.toString().getBytes(StandardCharsets.UTF_8));
        files.put("css/app.css", stylesheet());
        return files;
    }

    public void write(Model model, Path directory) {
        try {
            for (Map.Entry<String, byte[]> file : files(model).entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same folder, zipped under {@code folder/}. */
    public void zip(Model model, String folder, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files(model).entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] stylesheet() {
        try (InputStream css = StaticTimeline.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (css == null) {
                throw new IllegalStateException("the stylesheet " + STYLESHEET + " is missing from the classpath");
            }
            return css.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
