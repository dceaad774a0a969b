## Check-in: General pulse (general-pulse), for all sectors.
## Structure: content/checkins/general-pulse.yaml. One question per area of the Model National Response.

ci-general-pulse-title = Survei umum
ci-general-pulse-about = Delapan pertanyaan singkat yang mencakup enam bidang Model Respons Nasional. Pengisiannya sekitar 3 menit, dan jawaban hanya ditampilkan secara agregat.
ci-general-pulse-leadership = Sejauh mana kemajuan kepemimpinan nasional di negara Anda dalam menangani eksploitasi dan kekerasan seksual terhadap anak secara daring, dengan lembaga akuntabel yang menyatukan semua sektor?
ci-general-pulse-research = Sejauh mana kemajuan negara Anda dalam meneliti dan memantau eksploitasi dan kekerasan seksual terhadap anak secara daring, dengan analisis situasi nasional dan indikator untuk memantau kemajuan?
ci-general-pulse-law-enforcement = Sejauh mana kemajuan kapasitas penegak hukum khusus di negara Anda dalam menangani eksploitasi dan kekerasan seksual terhadap anak secara daring?
ci-general-pulse-victim-support = Sejauh mana kemajuan negara Anda dalam memberikan dukungan menyeluruh kepada anak korban, mulai dari penyidikan dan penuntutan hingga pemulihan lanjutan?
ci-general-pulse-hotline = Apakah di negara Anda tersedia layanan pelaporan (hotline) tempat siapa pun dapat melaporkan materi kekerasan seksual terhadap anak yang ditemukan di internet?
ci-general-pulse-education = Sejauh mana kemajuan program edukasi di negara Anda tentang eksploitasi dan kekerasan seksual terhadap anak secara daring, bagi anak dan remaja, orang tua dan pengasuh, guru, serta profesional lainnya?
ci-general-pulse-industry = Perusahaan teknologi di negara saya bekerja sama secara aktif dengan pihak berwenang dan mitra lain untuk menangani eksploitasi dan kekerasan seksual terhadap anak secara daring.
ci-general-pulse-media = Sejauh mana kemajuan negara Anda dalam pemberitaan media yang etis dan berwawasan tentang eksploitasi dan kekerasan seksual terhadap anak?
