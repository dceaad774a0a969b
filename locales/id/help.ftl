## Bantuan (/help, tombol bantuan, kata-kata minta bantuan, cerita yang mengkhawatirkan).
## Jenis setiap layanan; nama layanan ditampilkan apa adanya, tidak diterjemahkan.
## Id yang berakhiran -caregiver atau -professional ditampilkan untuk kelompok itu, -adult untuk keduanya (Anda,
## saya); id biasa untuk remaja dan siapa saja yang belum dikenal bot (kamu, aku).

help-kind-child_helpline = Layanan bantuan anak: bicara dengan seseorang, gratis dan rahasia
help-kind-child_helpline-adult = Layanan bantuan anak: untuk anak, dan untuk orang dewasa yang mengkhawatirkan seorang anak
help-kind-abuse_report_line = Laporkan kekerasan terhadap anak
help-kind-online_help = Bantuan kalau ada masalah di internet, misalnya supaya sebuah gambar dihapus
help-kind-online_help-adult = Bantuan saat seorang anak dirugikan di internet, termasuk supaya gambar dihapus
help-kind-hotline = Laporkan foto atau video seksual anak di internet
help-kind-emergency = Darurat
help-kind-takedown_minor = Ada foto telanjang atau seksual dirimu yang diambil sebelum umur 18? Minta dihapus, tanpa perlu menyebut nama
help-kind-takedown_minor-caregiver = Ada gambar telanjang atau seksual anak Anda yang diambil sebelum umur 18? Gambar itu bisa diminta dihapus tanpa menyebut nama, dan Anda bisa membantunya
help-kind-takedown_minor-professional = Ada gambar telanjang atau seksual seorang anak atau remaja yang diambil sebelum umur 18? Gambar itu bisa diminta dihapus tanpa menyebut nama
help-kind-takedown_adult = Untuk orang dewasa (18+): cegah penyebaran gambar intim dirimu
help-kind-takedown_adult-adult = Gambar intim Anda, yang diambil saat Anda sudah berumur 18 tahun atau lebih, disebarkan atau ada yang mengancam akan menyebarkannya? Hentikan penyebarannya
help-kind-helpline_directory = Cari layanan bantuan anak di negaramu
help-kind-hotline_directory = Cari layanan pelaporan di negaramu

help-hours-24-7 = 24 jam setiap hari
help-chat = Lewat chat: { $url }
help-no-helpline = Kami belum bisa memastikan layanan bantuan anak di { $country }. Child Helpline International mencantumkan layanan bantuan di seluruh dunia (lihat di bawah).

help-footer-emergency-adult = Saya hanya bot: saya tidak bisa menyelidiki atau menghubungi siapa pun untuk Anda. <b>Kalau ada anak dalam bahaya sekarang, telepon { $number }.</b>
help-footer-local-adult = Saya hanya bot: saya tidak bisa menyelidiki atau menghubungi siapa pun untuk Anda. <b>Kalau ada anak dalam bahaya sekarang, telepon nomor darurat setempat.</b>
