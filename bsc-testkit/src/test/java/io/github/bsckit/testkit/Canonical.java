package io.github.bsckit.testkit;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A canonical text of a model value, for fingerprints that must not change between runs or JDKs: records by
 * their components in declaration order, doubles by their exact binary value (never {@code Double.toString},
 * whose output changed in JDK 19), maps in their own (sorted) order. Empty optional components are left out.
 */
public final class Canonical {
  private Canonical() {}

  public static String text(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  public static String sha256(Object value) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text(value).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Double d) {
      sb.append(new BigDecimal(d).toPlainString());
    } else if (v instanceof BigDecimal b) {
      sb.append(b.toPlainString());
    } else if (v instanceof String s) {
      sb.append('"');
      s.codePoints().forEach(c -> sb.append(c == '"' || c == '\\' ? "\\" : "").appendCodePoint(c));
      sb.append('"');
    } else if (v instanceof Optional<?> o) {
      sb.append(o.isPresent() ? "some(" : "none");
      o.ifPresent(x -> write(x, sb));
      sb.append(o.isPresent() ? ")" : "");
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        write(l.get(i), sb);
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      m.forEach((k, x) -> {
        write(k, sb);
        sb.append('=');
        write(x, sb);
        sb.append(';');
      });
      sb.append('}');
    } else if (v instanceof Record r) {
      sb.append(r.getClass().getSimpleName()).append('(');
      RecordComponent[] cs = r.getClass().getRecordComponents();
      boolean first = true;
      for (RecordComponent c : cs) {
        Object x;
        try {
          x = c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        if (Optional.empty().equals(x) || x == io.github.bsckit.core.model.LevelAggregate.LAST
            || x == io.github.bsckit.core.model.EmptyPeriods.GAP) {
          continue; // an absent part or a later part at its default, so fingerprints stay as they were
        }
        sb.append(first ? "" : ",").append(c.getName()).append(':');
        first = false;
        write(x, sb);
      }
      sb.append(')');
    } else if (v instanceof Enum<?> e) {
      sb.append(e.name());
    } else {
      // Integers, LocalDate, Period, Month: their toString is specified and stable.
      sb.append(v);
    }
  }
}
