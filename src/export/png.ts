/**
 * Rasterises an SVG document at `scale` × its size, in the browser. Fails where the page's
 * Content-Security-Policy forbids blob: images; the caller says so to the reader.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const width = Number(doc.documentElement.getAttribute('width'));
  const height = Number(doc.documentElement.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no image'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
