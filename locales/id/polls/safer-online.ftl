## Youth poll: safer-online (content/polls/safer-online.yaml)
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = Apa yang bisa membuat internet lebih aman untuk remaja seusiamu?
poll-safer-online-easy-report = Cara melapor yang gampang dan benar-benar berhasil
poll-safer-online-private = Akun yang otomatis privat sejak awal
poll-safer-online-adults-listen = Orang dewasa yang mau mendengar tanpa menghakimi
poll-safer-online-school = Belajar soal ini di sekolah
poll-safer-online-kinder = Orang-orang saling bersikap lebih baik di internet
