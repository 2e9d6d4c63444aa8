package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.DidYouMean;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The optional Kaplan–Norton category of an objective: a customer value proposition attribute, an internal
 * process group, or an intangible asset. Each constant has a kebab-case {@link #key()} used in documents;
 * keys are unique across the three enums, so {@link #parse(String)} needs no qualifier.
 */
public sealed interface ObjectiveCategory extends Keyed
    permits ObjectiveCategory.ValueProposition, ObjectiveCategory.ProcessGroup, ObjectiveCategory.IntangibleAsset {

  /**
   * Parses a key of any of the three category enums.
   *
   * @param key a key such as {@code operations} or {@code human-capital}
   * @return the category
   * @throws io.github.bsckit.core.ValidationException if the key names no category
   */
  static ObjectiveCategory parse(String key) {
    Objects.requireNonNull(key, "key");
    List<String> keys = all().map(ObjectiveCategory::key).toList();
    return all().filter(c -> c.key().equals(key)).findFirst().orElseThrow(() -> Checks.invalid("category",
        "must be one of " + String.join(", ", keys) + " but was \"" + key + "\"" + DidYouMean.hint(key, keys)));
  }

  /** {@return every category of the three enums, value propositions first} */
  static Stream<ObjectiveCategory> all() {
    return Stream.of(ValueProposition.values(), ProcessGroup.values(), IntangibleAsset.values()).flatMap(Stream::of);
  }


  /** The attributes of the customer value proposition: product and service, relationship, image. */
  enum ValueProposition implements ObjectiveCategory {
    /** Product attribute: price. */
    PRICE,
    /** Product attribute: quality. */
    QUALITY,
    /** Product attribute: availability and timeliness. */
    AVAILABILITY,
    /** Product attribute: selection. */
    SELECTION,
    /** Product attribute: functionality. */
    FUNCTIONALITY,
    /** Relationship: service. */
    SERVICE,
    /** Relationship: partnership. */
    PARTNERSHIP,
    /** Image: brand. */
    BRAND;
  }

  /** The four groups of internal processes. */
  enum ProcessGroup implements ObjectiveCategory {
    /** Day-to-day operations management. */
    OPERATIONS,
    /** Customer management: selecting, acquiring, retaining and growing customers. */
    CUSTOMER_MANAGEMENT,
    /** Innovation: creating new products and services. */
    INNOVATION,
    /** Regulatory and social processes that keep the business safe and compliant. */
    REGULATORY_SOCIAL;
  }

  /** The three kinds of intangible assets of the learning &amp; growth perspective. */
  enum IntangibleAsset implements ObjectiveCategory {
    /** Skills, talent and know-how of people. */
    HUMAN_CAPITAL,
    /** Systems, data and networks. */
    INFORMATION_CAPITAL,
    /** Culture, leadership, alignment and teamwork. */
    ORGANIZATION_CAPITAL;
  }
}
