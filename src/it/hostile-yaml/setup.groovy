// A 50 MB value is generated here rather than committed.
def post = new File(basedir, 'src/main/blog/_posts/2022-10-04-huge.md')
post.withOutputStream { out ->
    out << '---\ntitle: Huge\nx: '.getBytes('UTF-8')
    byte[] chunk = ('a' * (1 << 20)).getBytes('UTF-8')
    50.times { out << chunk }
    out << '\n---\nBody\n'.getBytes('UTF-8')
}
return true
