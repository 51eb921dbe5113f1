def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('Blog validation failed: 2 errors in 2 files')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-01-cafe.md:2:11: error: the file is not valid UTF-8 (byte 0xE9 at offset 14) [text-encoding]
[ERROR]     hint: save the file as UTF-8; text from Windows editors is often Windows-1252''')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-02-binary.md:5:16: error: the file contains a NUL byte [nul-character]''')
// UTF-16 with a byte-order mark is decoded, and a UTF-8 BOM with CRLF line ends is fine.
assert !log.contains('2022-10-03-utf16.md:')
assert !log.contains('2022-10-04-bom-crlf.md:')
return true
