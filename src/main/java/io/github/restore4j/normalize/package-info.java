// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * Text normalization: repairs that are safe on any text, and style changes on request.
 *
 * <pre>{@code
 * TextNormalizer.defaults().normalize("nhà ngoại giao noí  ")  // "nhà ngoại giao nói"
 * TextNormalizer.defaults().normalize("cafÃ© in Kиїв")          // "café in Київ"
 * VietnameseTones.toneKey("hòa").equals(VietnameseTones.toneKey("hoà"))  // true
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.github.restore4j.normalize.TextNormalizer} — the facade: an immutable pipeline of
 *       named {@linkplain io.github.restore4j.normalize.Step steps}; {@code normalize} returns the
 *       same {@code String} when nothing changes, {@code normalizeAndExplain} lists what changed.
 *   <li>{@link io.github.restore4j.normalize.VietnameseTones} — tone-mark placement by the rules
 *       of Vietnamese orthography, and a placement-independent comparison key.
 *   <li>{@link io.github.restore4j.normalize.LegacyVietnamese} — VNI, TCVN3 and windows-1258 text
 *       back to Unicode.
 * </ul>
 *
 * <p>Output of {@code TextNormalizer} is in the chosen normal form (NFC by default) when the Unicode
 * step is on. Everything here is immutable or stateless, and thread-safe.
 */
package io.github.restore4j.normalize;
