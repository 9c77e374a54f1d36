package be.miresem.rebond.conversation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files a case accepts, judged by their bytes (Apache Tika's magic numbers), never by their name: PDF, images
 * (not SVG, which can carry scripts), Office (OOXML and the older binary formats) and OpenDocument. The name only
 * refines a type the bytes already established (a Word file among OOXML files), so an executable renamed
 * {@code .pdf} stays an executable and is refused. Pure, thread-safe.
 */
public final class FileTypes {

    private static final MimeTypes TYPES = TikaConfig.getDefaultConfig().getMimeRepository();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** The types the bytes may show, each with its subtypes (the name may refine them). */
    private static final Set<MediaType> ACCEPTED = Set.of(MediaType.application("pdf"),
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"),
            MediaType.application("msword"), MediaType.application("vnd.ms-excel"),
            MediaType.application("vnd.ms-powerpoint"), MediaType.image("jpeg"), MediaType.image("png"),
            MediaType.image("gif"), MediaType.image("webp"), MediaType.image("tiff"), MediaType.image("bmp"),
            MediaType.image("heic"), MediaType.image("heif"));

    private static final String OPEN_DOCUMENT = "vnd.oasis.opendocument.";

    private FileTypes() {
    }

    /** The media type to store and serve, if the bytes show an accepted kind of file. */
    public static Optional<String> accepted(String fileName, byte[] content) {
        MediaType byContent = detect(content, null);
        if (!acceptable(byContent)) {
            return Optional.empty();
        }
        MediaType refined = detect(content, fileName);
        MediaType type = REGISTRY.isSpecializationOf(refined, byContent) && acceptable(refined) ? refined : byContent;
        return Optional.of(type.getBaseType().toString());
    }

    private static boolean acceptable(MediaType type) {
        if (type.getType().equals("application") && type.getSubtype().startsWith(OPEN_DOCUMENT)) {
            return true;
        }
        for (MediaType accepted : ACCEPTED) {
            if (type.getBaseType().equals(accepted) || REGISTRY.isSpecializationOf(type, accepted)) {
                return true;
            }
        }
        return false;
    }

    private static MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            return TYPES.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
