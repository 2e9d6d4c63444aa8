/** Helpers shared by bsc-core's packages; not exported from the module, not part of the API. */
package io.github.bsckit.core.internal;
