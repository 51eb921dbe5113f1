// 400 small posts: long enough for a few progress lines at a 20 ms interval.
import java.nio.file.Files

def posts = new File(basedir, 'src/main/blog/_posts').toPath()
Files.createDirectories(posts)
(0..<400).each { i ->
    def day = String.format('2022-%02d-%02d', 1 + i % 12, 1 + i % 28)
    Files.writeString(posts.resolve("${day}-post-${i}.md"),
            "---\ntitle: Post ${i}\ntags: [t${i % 7}]\n---\n## 제목 ${i}\n\nText ${i} with `code`.\n\n| a | b |\n|---|---|\n| ${i} | x |\n")
}
return true
