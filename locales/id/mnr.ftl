## MNR model: names and one-line descriptions of the 6 domains, 21 capabilities and 4 maturity phases.
## Structure: content/mnr/model.yaml. Paraphrased from the WeProtect Global Alliance Model National Response and its Maturity Model.
## Indonesian: formal civil-service register; "eksploitasi dan kekerasan seksual terhadap anak" follows the
## Indonesian edition of the Luxembourg Guidelines (ECPAT Indonesia, 2019).

## Domains
mnr-domain-policy = Kebijakan dan tata kelola
mnr-domain-justice = Peradilan pidana
mnr-domain-victim = Korban
mnr-domain-societal = Masyarakat
mnr-domain-industry = Industri
mnr-domain-media = Media dan komunikasi

## Capabilities: name, then what "good" looks like
mnr-cap-1 = Kepemimpinan
mnr-cap-1-desc = Sebuah lembaga nasional yang akuntabel, idealnya dipimpin pemerintah, menyatukan semua sektor untuk mengatur dan mengawasi penanganan.
mnr-cap-2 = Riset, analisis, dan pemantauan
mnr-cap-2-desc = Tersedia analisis nasional tentang situasi, risiko, dan penanganan, dengan indikator terukur untuk memantau kemajuan.
mnr-cap-3 = Legislasi
mnr-cap-3-desc = Kerangka hukum yang komprehensif memungkinkan penyidikan terhadap pelaku dan pelindungan korban.
mnr-cap-4 = Unit penegak hukum khusus
mnr-cap-4-desc = Aparat terlatih dengan mandat nasional melakukan penyidikan proaktif dan reaktif yang berfokus pada korban, serta bekerja sama secara internasional.
mnr-cap-5 = Hakim dan jaksa
mnr-cap-5-desc = Hakim dan jaksa terlatih dan menempatkan korban sebagai pusat perhatian dalam setiap perkara.
mnr-cap-6 = Proses penanganan pelaku
mnr-cap-6-desc = Pelaku ditangani untuk mencegah pengulangan tindak pidana, baik di dalam negeri maupun secara internasional.
mnr-cap-7 = Akses ke basis data gambar
mnr-cap-7-desc = Tersedia basis data nasional materi kekerasan seksual terhadap anak yang terhubung dengan basis data ICSE INTERPOL.
mnr-cap-8 = Dukungan menyeluruh
mnr-cap-8-desc = Korban menerima dukungan terpadu selama penyidikan dan penuntutan, serta dalam pemulihan lanjutan.
mnr-cap-9 = Tenaga perlindungan anak
mnr-cap-9-desc = Tersedia tenaga perlindungan anak yang terlatih dan terkoordinasi untuk mendampingi korban.
mnr-cap-10 = Kompensasi, pemulihan, dan pengaduan
mnr-cap-10-desc = Korban dan keluarganya memiliki prosedur yang mudah diakses untuk menuntut kompensasi dan pemulihan serta menyampaikan pengaduan.
mnr-cap-11 = Layanan bantuan anak
mnr-cap-11-desc = Anak dapat melaporkan kekerasan dan mendapatkan dukungan dari layanan bantuan yang merujuk mereka ke layanan lanjutan.
mnr-cap-12 = Layanan pelaporan (hotline)
mnr-cap-12-desc = Masyarakat dapat melaporkan materi kekerasan seksual terhadap anak di internet ke layanan pelaporan yang terhubung dengan penegak hukum dan penyedia internet.
mnr-cap-13 = Program edukasi
mnr-cap-13-desc = Anak dan remaja, orang tua dan pengasuh, guru, praktisi, serta tokoh agama memahami risikonya dan cara menjaga anak tetap aman.
mnr-cap-14 = Partisipasi anak
mnr-cap-14-desc = Anak didorong dan difasilitasi untuk menyampaikan gagasan dan memengaruhi kebijakan serta praktik yang berdampak pada mereka.
mnr-cap-15 = Sistem dukungan bagi pelaku
mnr-cap-15-desc = Orang yang berisiko melakukan kekerasan dapat memperoleh dukungan medis, psikologis, dan swabantu, serta mengetahui bahwa dukungan itu tersedia.
mnr-cap-16 = Prosedur penurunan konten
mnr-cap-16-desc = Materi kekerasan seksual terhadap anak yang diunggah atau diakses di dalam negeri segera dihapus atau diblokir.
mnr-cap-17 = Pelaporan oleh industri
mnr-cap-17-desc = Hukum melindungi perusahaan agar mereka dapat melaporkan eksploitasi dan kekerasan seksual terhadap anak kepada penegak hukum.
mnr-cap-18 = Pengembangan solusi inovatif
mnr-cap-18-desc = Industri terlibat dalam mengembangkan solusi atas masalah eksploitasi dan kekerasan seksual terhadap anak di tingkat lokal.
mnr-cap-19 = Tanggung jawab sosial perusahaan
mnr-cap-19-desc = Perusahaan menjalankan program efektif yang mengutamakan keselamatan dan kesejahteraan anak.
mnr-cap-20 = Pemberitaan media yang etis dan berwawasan
mnr-cap-20-desc = Media memberitakan secara etis dan akurat, sehingga meningkatkan kesadaran dan pemahaman tentang masalah ini.
mnr-cap-21 = Terminologi bersama
mnr-cap-21-desc = Pedoman terminologi bersama, seperti Panduan Luksemburg, diterapkan secara konsisten di semua sektor.

## Maturity phases, in order
mnr-phase-building = Pembangunan
mnr-phase-building-desc = Langkah awal: baru sedikit yang tersedia, atau baru ada di atas kertas.
mnr-phase-enhancement = Penguatan
mnr-phase-enhancement-desc = Fondasi sudah ada dan sedang diperkuat, tetapi cakupan dan kualitasnya belum merata.
mnr-phase-integration = Integrasi
mnr-phase-integration-desc = Berjalan dalam praktik dan terhubung dengan layanan serta sektor lain di seluruh negeri.
mnr-phase-maturity = Kematangan
mnr-phase-maturity-desc = Berkelanjutan, didukung sumber daya memadai, serta dikaji dan diperbaiki secara berkala; pihak lain dapat belajar darinya.
