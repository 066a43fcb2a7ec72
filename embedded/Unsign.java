import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Copies the signed jars of a classpath without their signatures, once per user (see
 * src/neo4j/embedded/unsigned-jars.ts). The JVM verifies a signed jar at every start and its class-data
 * archive cannot hold its classes: Eclipse Collections' signed jars alone cost the Neo4j JVM about 4 s
 * of every start. Same classes and resources; only the signature files and per-entry digests go.
 *
 * Usage: java -cp launcher.jar Unsign OUT_DIR JAR... ; prints the classpath with the copies in place.
 */
public final class Unsign {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<String> classpath = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            classpath.add(isSigned(jar) ? copyUnsigned(jar, out, i).toString() : args[i]);
        }
        System.out.print(String.join(File.pathSeparator, classpath));
    }

    private static boolean isSignatureFile(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', 9) < 0
            && (n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC"));
    }

    private static boolean isSigned(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) return false;
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            return in.stream().anyMatch(e -> isSignatureFile(e.getName()));
        }
    }

    private static Path copyUnsigned(Path jar, Path out, int position) throws IOException {
        Path target = out.resolve(position + "-" + jar.getFileName());
        Path tmp = out.resolve(target.getFileName() + ".tmp");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            Manifest manifest = in.getManifest() == null ? new Manifest() : new Manifest(in.getManifest());
            manifest.getEntries().clear(); // the per-entry digests
            try (OutputStream file = Files.newOutputStream(tmp);
                 JarOutputStream copy = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    String name = e.getName();
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignatureFile(name)) continue;
                    JarEntry plain = new JarEntry(name);
                    plain.setTime(e.getTime());
                    copy.putNextEntry(plain);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(copy);
                    }
                    copy.closeEntry();
                }
            }
        }
        return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
