/**
 * Saves `content` as a file through the browser's download (no server round trip): a temporary
 * object URL and a hidden `<a download>`. The bytes are exactly `content`.
 */
export function downloadTextFile(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
