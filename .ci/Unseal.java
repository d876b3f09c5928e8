import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Switches package sealing off in the jars of one folder, for .ci/fast-start: a JVM started with the AOT cache from
 * another working directory than the training run's stops at once on a sealed jar ("sealing violation: can't seal
 * package org.tukaani.xz: already defined"). Signed jars are left alone, as their manifest is part of the signature.
 * Usage: java .ci/Unseal.java target/app/lib
 */
public class Unseal {

    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    Path entry = zip.getPath("META-INF/MANIFEST.MF");
                    if (!Files.exists(entry) || isSigned(zip)) {
                        continue;
                    }
                    Manifest manifest;
                    try (InputStream in = Files.newInputStream(entry)) {
                        manifest = new Manifest(in);
                    }
                    boolean sealed = manifest.getMainAttributes().remove(Attributes.Name.SEALED) != null;
                    for (Attributes section : manifest.getEntries().values()) {
                        sealed |= section.remove(Attributes.Name.SEALED) != null;
                    }
                    if (sealed) {
                        try (OutputStream out = Files.newOutputStream(entry)) {
                            manifest.write(out);
                        }
                        System.out.println("unsealed " + jar.getFileName());
                    }
                }
            }
        }
    }

    private static boolean isSigned(FileSystem zip) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(zip.getPath("META-INF"), "*.{SF,RSA,DSA,EC}")) {
            return files.iterator().hasNext();
        }
    }
}
