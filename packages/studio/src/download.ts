/**
 * Offers text as a file download. The file is made on the device: nothing is sent anywhere.
 * The object URL is revoked after a while, not at once: some browsers start the download
 * after `click()` returns.
 */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
