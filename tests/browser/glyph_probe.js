// Injected into a copy of a report by check_glyphs.sh: measures whether the
// page's Chinese text is drawn with real glyphs or falls back to boxes
// (.notdef, "tofu"), and writes the numbers into a pre element (id
// glyph-probe) for --dump-dom to read. The report itself has no script;
// only the copy does.
(function () {
  "use strict";
  // U+10FFFD (plane 16 private use) is in no font: it is always drawn as the
  // primary font's .notdef box, the reference for what tofu looks like.
  var NOTDEF = String.fromCodePoint(0x10FFFD);
  var HAN = /\p{Script=Han}/u;

  function han(text) {
    return Array.from(text).filter(function (c) { return HAN.test(c); });
  }

  function report(lines) {
    var pre = document.createElement("pre");
    pre.id = "glyph-probe";
    pre.textContent = lines.join("\n");
    document.body.appendChild(pre);
  }

  function measure() {
    var h1 = document.querySelector("h1");
    if (!h1) { report(["error=no h1"]); return; }
    var style = getComputedStyle(h1);
    var font = style.fontWeight + " " + style.fontSize + " " + style.fontFamily;
    var title = han(h1.textContent).join("");
    // The title plus other distinct Chinese characters of the page, so that
    // one covered character cannot hide the rest.
    var sample = Array.from(new Set(han(h1.textContent + document.body.textContent))).slice(0, 40);
    if (title.length === 0 || sample.length === 0) { report(["error=no Chinese text in the page"]); return; }

    // Rendered widths in the DOM: the title's Chinese in the page's font
    // stack, and as many .notdef boxes in the same font.
    function width(text) {
      var span = document.createElement("span");
      span.style.font = font;
      span.style.whiteSpace = "pre";
      span.textContent = text;
      document.body.appendChild(span);
      var w = span.getBoundingClientRect().width;
      span.remove();
      return w;
    }
    var titleWidth = width(title);
    var tofuWidth = width(NOTDEF.repeat(Array.from(title).length));

    // Pixels: each character drawn alone on a canvas in the page's font. A
    // character that has no glyph is drawn exactly as the .notdef reference.
    var size = Math.ceil(parseFloat(style.fontSize) * 2);
    var canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    var context = canvas.getContext("2d", { willReadFrequently: true });
    function pixels(c) {
      context.clearRect(0, 0, size, size);
      context.font = font;
      context.textBaseline = "top";
      context.fillStyle = "#000";
      context.fillText(c, 2, 2);
      var data = context.getImageData(0, 0, size, size).data;
      var alpha = [];
      for (var i = 3; i < data.length; i += 4) alpha.push(data[i]);
      return alpha.join(",");
    }
    var reference = pixels(NOTDEF);
    var boxes = sample.filter(function (c) { return pixels(c) === reference; });
    var shapes = new Set(sample.map(pixels)).size;

    report([
      "font=" + font,
      "title=" + title,
      "title_width=" + titleWidth.toFixed(2),
      "tofu_width=" + tofuWidth.toFixed(2),
      "sampled=" + sample.length,
      "distinct_shapes=" + shapes,
      "boxes=" + boxes.length,
      "boxed=" + boxes.join(""),
    ]);
  }

  // System fonts need no loading, but wait for any the page might declare.
  document.fonts.ready.then(measure, measure);
})();
