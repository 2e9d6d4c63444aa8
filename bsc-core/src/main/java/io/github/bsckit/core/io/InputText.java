package io.github.bsckit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole input into memory before parsing, stopping one character past the document length limit, so
 * that an oversized input is rejected without being parsed (or even read) to its end. Bytes are decoded as
 * strict UTF-8: malformed input is a located problem, not a replacement character.
 */
final class InputText {
  private InputText() {}

  static String of(String text, ReadLimits limits, Problems problems) {
    if (text.length() > limits.maxDocumentLength()) {
      throw tooLong(text, limits, problems);
    }
    return withoutBom(text);
  }

  static String of(Reader in, ReadLimits limits, Problems problems) {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        sb.append(buffer, 0, n);
        if (sb.length() > limits.maxDocumentLength()) {
          throw tooLong(sb, limits, problems);
        }
      }
    } catch (IOException e) {
      throw unreadable(e, problems);
    }
    return withoutBom(sb.toString());
  }

  static String of(InputStream in, ReadLimits limits, Problems problems) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder sb = new StringBuilder();
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    try {
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        bytes.position(bytes.position() + Math.max(n, 0));
        bytes.flip();
        CoderResult result;
        do {
          result = utf8.decode(bytes, chars, end);
          sb.append(chars.flip());
          chars.clear();
          if (result.isError()) {
            // The decoded text ends where the bad bytes begin, so its end is the problem's position.
            int[] at = position(sb, sb.length());
            throw problems.fatal("", at[0], at[1], "the input is not valid UTF-8 text");
          }
          if (sb.length() > limits.maxDocumentLength()) {
            throw tooLong(sb, limits, problems);
          }
        } while (result.isOverflow());
        bytes.compact();
      }
      utf8.flush(chars);
      sb.append(chars.flip());
    } catch (IOException e) {
      throw unreadable(e, problems);
    }
    return withoutBom(sb.toString());
  }

  static String of(Path file, ReadLimits limits, Problems problems) {
    // Only regular files: opening a FIFO nobody writes to blocks for ever, and a device never ends.
    if (Files.isDirectory(file)) {
      throw problems.fatal("", 0, 0, "cannot be read: it is a folder, not a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw problems.fatal("", 0, 0, "cannot be read: it is not a regular file (a device, a FIFO or a socket)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return of(in, limits, problems);
    } catch (IOException e) {
      throw unreadable(e, problems);
    }
  }

  private static DocumentException tooLong(CharSequence text, ReadLimits limits, Problems problems) {
    int[] at = position(text, limits.maxDocumentLength());
    return problems.fatal("", at[0], at[1], "the document is longer than the limit of " + limits.maxDocumentLength()
        + " characters (ReadLimits.maxDocumentLength)");
  }

  private static DocumentException unreadable(IOException e, Problems problems) {
    String why = e instanceof NoSuchFileException ? "no such file"
        : e instanceof AccessDeniedException ? "access denied"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    DocumentException d = problems.fatal("", 0, 0, "cannot be read: " + why);
    d.initCause(e);
    return d;
  }

  /** {@return the 1-based line and column of the character at {@code index}} */
  private static int[] position(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(index, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
