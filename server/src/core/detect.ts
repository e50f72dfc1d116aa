// Is a plain text or Markdown file a văn bản hành chính? The national title in its first 2 KB.
const NATIONAL_TITLE = /C[ỘÔO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘÔO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆÊE]T\s+NAM/i;

export function looksLikeVbhc(text: string): boolean {
  const head = text.slice(0, 2048).normalize("NFC").replace(/\*/g, "");
  return NATIONAL_TITLE.test(head);
}
