/** Helpers shared by bsc-kit's modules; exported only to sibling modules, not part of the API. */
package io.github.bsckit.core.internal;
