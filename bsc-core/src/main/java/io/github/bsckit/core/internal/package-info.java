/**
 * The shared kernel of bsc-kit: helpers that every module uses the same way, so that the library speaks with one
 * voice. Exported only to bsc-kit's own modules (a qualified {@code exports … to}); not part of the API, and free
 * to change in any release.
 */
package io.github.bsckit.core.internal;
