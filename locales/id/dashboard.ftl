## Dasbor web untuk staf program (bot/web/dashboard/) dan perintah /dashboard untuk masuk ke dasbor (bot/features/dashboard.py).
## Register resmi untuk staf (Anda, bahasa dinas). Teks biasa: halaman meng-escape-nya; "<5" tampil apa adanya.

## /dashboard di percakapan
dashboard-link =
    🔐 <b>Tautan masuk ke dasbor untuk Anda</b>

    { $link }

    Tautan ini hanya dapat dipakai satu kali, selama { $minutes } menit, di peramban tempat Anda membukanya. Sesi berlaku selama { $hours } jam, atau sampai Anda keluar. Jangan meneruskannya: tautan ini membuka dasbor bagi siapa pun yang memakainya lebih dulu.
dashboard-not-set =
    Dasbor web belum disiapkan. Administrator perlu mengisi <code>DASHBOARD_URL</code> dengan alamat publik server HTTP bot (misalnya <code>https://stats.example.org</code>, di belakang proksi TLS), lalu memulai ulang bot. Setelah itu, silakan kirim /dashboard lagi.

## Kerangka setiap halaman
dash-name = Program keamanan daring · Dasbor
dash-skip = Langsung ke isi
dash-menu = Halaman dasbor
dash-nav-overview = Ringkasan
dash-nav-reach = Jangkauan
dash-nav-lessons = Pelajaran
dash-nav-voice = Suara remaja
dash-nav-checkins = Survei MNR
dash-nav-cohorts = Kelompok dan pengiriman
dash-language = Bahasa dasbor
dash-change-language = Ganti
dash-sign-out = Keluar
dash-footer = Jumlah di bawah 5 orang tidak pernah ditampilkan. Angka bersifat pseudonim; tidak ada halaman yang menyebut nama seseorang.
dash-print = Cetak atau simpan sebagai PDF

## Masuk dan keluar
dash-sign-in-title = Masuk ke dasbor
dash-sign-in-text = Tautan ini membuka dasbor di peramban ini. Tautan hanya dapat dipakai satu kali.
dash-sign-in-button = Buka dasbor
dash-link-expired-title = Tautan ini sudah tidak berlaku
dash-link-expired = Tautan masuk hanya berlaku satu kali dan selama beberapa menit. Silakan kirim /dashboard ke bot untuk mendapatkan tautan baru.
dash-signed-out-title = Anda telah keluar
dash-signed-out = Untuk membuka dasbor, kirim /dashboard ke bot di Telegram lalu buka tautan yang dikirimkan. Hanya staf program yang dapat masuk.
dash-form-expired = Formulir ini sudah kedaluwarsa. Silakan muat ulang halaman dan coba lagi.

## Galat
dash-error-title = Terjadi kesalahan
dash-error = Halaman tidak dapat ditampilkan. Silakan coba lagi sebentar lagi.
dash-unavailable = Basis data sedang tidak dapat dijangkau. Silakan coba lagi sebentar lagi.
dash-not-found-title = Halaman tidak ditemukan
dash-not-found = Tidak ada apa pun di alamat ini. Silakan gunakan menu untuk menemukan halaman yang Anda perlukan.
dash-bad-filter-title = Filter ini tidak dapat dipakai
dash-bad-filter = Silakan periksa filter: { $detail }

## Filter
dash-filters = Filter
dash-period = Periode
dash-days = { $days } hari terakhir
dash-period-custom = Tanggal di bawah
dash-from = Dari
dash-to = Sampai
dash-apply = Terapkan
dash-all = Semua
dash-none = Tidak ada
dash-filter-country = Negara
dash-filter-audience = Kelompok sasaran
dash-filter-age_band = Kelompok usia
dash-filter-locale = Bahasa
dash-filter-series = Seri
dash-filter-cohort = Kelompok belajar
dash-filter-capability = Kapabilitas MNR
dash-breakdown = Rinci menurut
dash-every = Satuan waktu
dash-week = Minggu
dash-month = Bulan
dash-chart-metric = Angka pada grafik
dash-period-range = { $start } – { $end } (UTC)

## Angka
dash-metric-active = Aktif
dash-metric-reached = Terjangkau
dash-metric-engaged = Terlibat
dash-metric-completed = Menyelesaikan seri
dash-metric-quiz-people = Menjawab kuis
dash-metric-quiz-accuracy = Ketepatan kuis
dash-define-active = Orang yang memiliki kegiatan apa pun yang dihitung dalam kapabilitas MNR (pelajaran dalam kapabilitas 13, partisipasi remaja dalam kapabilitas 14).
dash-define-reached = Orang yang telah melihat setidaknya satu kartu pelajaran.
dash-define-engaged = Orang yang telah menyelesaikan setidaknya satu pelajaran.
dash-define-completed = Orang yang telah menyelesaikan satu seri utuh.
dash-define-quiz-people = Orang yang telah menjawab setidaknya satu pertanyaan kuis.
dash-define-quiz-accuracy = Persentase percobaan pertama pada pertanyaan kuis yang dijawab benar.
dash-suppressed = <5
dash-hidden-part = Disembunyikan (jumlah kecil)
dash-everyone = Semua orang
dash-people = Orang
dash-share = Persentase
dash-figure = Angka
dash-this-period = Periode ini
dash-previous-period = Periode sebelumnya
dash-change = Perubahan
dash-change-none = tidak ada pembanding
dash-change-points = { $points } poin
dash-before = sebelumnya: { $value }
dash-nothing = Belum ada yang dapat ditampilkan untuk filter ini.
dash-chart-desc = Tabel di samping grafik ini memuat angka yang sama.
dash-capability-name = { $number }. { $name }
dash-about = Cara membaca angka-angka ini
dash-suppression-note = Setiap jumlah 1 sampai 4 orang disembunyikan (ditampilkan sebagai <5). Jika sebuah baris atau kolom hanya akan menyembunyikan satu jumlah, jumlah terkecil berikutnya juga disembunyikan agar total tidak mengungkapkannya. Hari dihitung dalam UTC. Setiap tabel dapat diunduh sebagai CSV dengan angka yang sama seperti API statistik; angka yang disembunyikan menjadi sel kosong.
dash-download-csv = Unduh CSV

## Ringkasan
dash-overview-title = Ringkasan
dash-headline = Sekilas periode ini
dash-comparison-caption = Periode ini dibandingkan dengan periode sebelumnya ({ $previous })
dash-trend = Tren
dash-weekly-caption = Orang per minggu
dash-weekly-chart = Orang yang terjangkau, terlibat, dan menyelesaikan seri, per minggu
dash-weeks-note = Minggu dimulai pada hari Senin; minggu pertama dan terakhir dapat sebagian berada di luar periode.
dash-where = Lokasi
dash-by-country-caption = Orang menurut negara
dash-by-country-chart = Orang yang terjangkau, menurut negara

## Jangkauan
dash-reach-title = Jangkauan dari waktu ke waktu
dash-over-time = Dari waktu ke waktu
dash-over-time-caption = { $metric } dari waktu ke waktu
dash-over-time-chart = { $metric } dari waktu ke waktu
dash-top-lines-note = Grafik dan tabel ini menampilkan { $count } kelompok terbesar; CSV memuat semua kelompok dan semua angka.
dash-totals = Total periode ini
dash-totals-caption = Angka untuk seluruh periode
dash-totals-chart = { $metric } selama seluruh periode

## Pelajaran
dash-lessons-title = Pelajaran
dash-step = Tahap
dash-step-started = Memulai seri
dash-step-lesson = Menyelesaikan "{ $lesson }"
dash-step-completed = Menyelesaikan seri
dash-share-of-starters = Persentase dari yang memulai
dash-funnel-caption = { $series }: dari pelajaran pertama sampai selesai
dash-funnel-chart = Orang pada setiap tahap { $series }
dash-quiz-caption = { $series }: pertanyaan kuis
dash-quiz-chart = Benar pada percobaan pertama, per pertanyaan, dalam { $series }
dash-quiz-note = Persentase yang rendah, atau jawaban salah yang sering dipilih, menunjukkan miskonsepsi yang perlu dibahas dalam pelajaran. CSV memuat setiap pilihan jawaban.
dash-question-header = Pertanyaan
dash-question = { $lesson }: { $question }
dash-answered = Menjawab
dash-right-first-time = Benar pada percobaan pertama
dash-common-wrong = Jawaban salah yang paling sering dipilih
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = Pelajaran
dash-ratings-caption = { $series }: seberapa bermanfaat setiap pelajaran
dash-ratings-chart = Penilaian pelajaran dalam { $series }
dash-rating-helpful = Bermanfaat
dash-rating-unsure = Tidak yakin
dash-rating-not-helpful = Kurang bermanfaat

## Suara remaja
dash-voice-title = Suara remaja
dash-voice-lead = Hal yang disampaikan remaja dan orang tua dengan satu ketukan: jajak pendapat dan pertanyaan di akhir setiap seri. Hasilnya adalah jawaban mereka saat ini.
dash-polls = Jajak pendapat
dash-poll-caption = { $question } ({ $start } – { $end })
dash-series-questions = Pertanyaan seri
dash-series-question-caption = { $series }: { $question }
dash-option = Jawaban
dash-voice-note = Filter berlaku pada profil setiap orang saat ini (negara, kelompok sasaran, bahasa). Orang yang meminta datanya dihapus tidak lagi dihitung di sini.

## Survei MNR
dash-checkins-title = Survei MNR
dash-checkins-lead = Survei singkat para profesional tentang 21 kapabilitas Model Respons Nasional. Buka satu putaran untuk melihat kisi kematangan setiap negara.
dash-rounds = Putaran
dash-rounds-caption = Putaran survei, dari yang terbaru
dash-no-rounds = Belum ada putaran yang dibuka. Staf membuka putaran dengan /openround di percakapan.
dash-round = Putaran
dash-questionnaire = Kuesioner
dash-opens = Dibuka
dash-closes = Ditutup
dash-respondents = Responden
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = Dibuka dari { $opens } sampai { $closes }. Negara yang ditampilkan: { $country }.
dash-compare-with = Bandingkan dengan putaran
dash-open-profile = Profil negara untuk dicetak
dash-no-countries = Belum ada yang menjawab putaran ini.
dash-verified-respondents = Responden terverifikasi
dash-verified-explained = Profesional yang bergabung melalui undangan staf program, yang mencatat sektor dan negara mereka.
dash-self-declared-respondents = Responden yang menyatakan sendiri
dash-self-declared-explained = Profesional yang menyebutkan sendiri sektor dan negaranya. Bacalah jawaban mereka terpisah dari jawaban responden terverifikasi.
dash-grid-caption-verified = Fase kematangan per kapabilitas, responden terverifikasi, { $country }, putaran { $round }
dash-grid-caption-self = Fase kematangan per kapabilitas, responden yang menyatakan sendiri, { $country }, putaran { $round }
dash-grid-chart-verified = Fase kematangan, responden terverifikasi, { $country }
dash-grid-chart-self = Fase kematangan, responden yang menyatakan sendiri, { $country }
dash-capability = Kapabilitas MNR
dash-no-answers = Belum ada jawaban dari responden ini di negara ini.
dash-change-between-rounds = Perubahan sejak putaran sebelumnya
dash-change-caption = Persentase responden pada setiap fase, putaran { $earlier } → putaran { $round }, { $country }
dash-no-earlier-round = Tidak ada putaran sebelumnya dari kuesioner ini untuk dibandingkan.
dash-respondent-kind = Responden
dash-verified = Terverifikasi
dash-self-declared = Menyatakan sendiri
dash-other-items = Pertanyaan lainnya
dash-other-items-caption = Jawaban atas pertanyaan lainnya, { $country }
dash-answers = Jawaban
dash-phases = Fase kematangan
dash-checkin-suppression = Angka berasal dari setidaknya 5 responden: jumlah yang lebih kecil disembunyikan (ditampilkan sebagai <5), begitu pula jumlah terkecil berikutnya bila hanya satu yang akan tersembunyi. Negara tidak pernah diperingkat.
dash-profile-title = Profil negara: { $country }
dash-profile-lead = Survei singkat MNR { $round } ({ $questionnaire }), dibuka dari { $opens } sampai { $closes }. Disusun pada { $today }.
dash-back-to-round = Kembali ke putaran

## Kelompok dan pengiriman
dash-cohorts-title = Kelompok dan pengiriman
dash-cohorts = Kelompok belajar
dash-cohorts-caption = Kelompok belajar dan anggotanya
dash-cohort = Kelompok
dash-joining = Pendaftaran
dash-open = Dibuka
dash-closed = Ditutup
dash-created = Dibuat
dash-members = Anggota
dash-outcomes = Hasil selama periode ini
dash-outcomes-caption = Kegiatan anggota kelompok selama periode ini
dash-outcomes-chart = Anggota yang menyelesaikan seri, per kelompok
dash-pushes = Pengiriman
dash-pushes-caption = Seri yang dikirim ke kelompok, dari yang terbaru (pesan)
dash-pushes-chart = Kemajuan pengiriman terbaru
dash-pushes-note = Setiap angka menghitung pesan, satu per anggota dan pelajaran. Menunggu: terjadwal atau sedang dikirim. Tidak aktif: anggota memblokir bot. Berhenti: anggota mengirim /stop. Belum pasti: pengirim berhenti saat mengirim; pesan mungkin sudah sampai.
dash-push = Pengiriman
dash-push-label = { $series } → { $cohort }
dash-push-mode = Cara
dash-push-status = Status
dash-push-mode-now = Sekaligus
dash-push-mode-drip = Satu pelajaran per hari
dash-push-status-active = Aktif
dash-push-status-paused = Dijeda
dash-push-status-cancelled = Dibatalkan
dash-delivery-total = Pesan
dash-delivery-sent = Terkirim
dash-delivery-waiting = Menunggu
dash-delivery-failed = Gagal
dash-delivery-inactive = Tidak aktif
dash-delivery-stopped = Berhenti
dash-delivery-uncertain = Belum pasti
dash-delivery-cancelled = Dibatalkan
