## Bot interface: onboarding, menus, help, privacy, settings, errors.
## Text uses Telegram HTML (<b>, <i>, <a href>). Keep placeables ({ $name }) identical in every locale.
## Register (see locales/id/STYLE.md): "kamu" for teens and for screens everyone sees, "Anda" for screens only
## caregivers or professionals see. The bot calls itself "aku" with "kamu" and "saya" with "Anda".

language-name = Bahasa Indonesia

## Commands (the menu next to the message box; descriptions at most 256 characters)
cmd-start = Mulai atau kembali ke menu utama
cmd-lessons = Pelajaran tentang aman di internet
cmd-help = Minta bantuan sekarang: layanan bantuan dan pelaporan
cmd-settings = Ubah bahasa, profil, atau negara
cmd-language = Ubah bahasa
cmd-privacy = Data yang kami simpan dan alasannya
cmd-mydata = Lihat semua data yang tersimpan tentangmu
cmd-forget = Hapus datamu
cmd-stop = Hentikan semua pesan dari bot ini

## Buttons used in many places
btn-help = 🆘 Minta bantuan
btn-menu = ⬅️ Menu utama
btn-back = ⬅️ Kembali

## Onboarding
welcome =
    👋 Hai! Aku berbagi pelajaran singkat tentang cara tetap aman di internet, dan aku bisa menunjukkan tempat minta bantuan kapan saja.

    Pertama, pilih bahasamu.
choose-language = Pilih bahasamu.
ask-audience = Kamu termasuk yang mana?
btn-aud-youth = 🧑 Aku remaja (13-17 tahun)
btn-aud-caregiver = 👪 Saya orang tua atau pengasuh
btn-aud-professional = 💼 Saya bekerja melindungi anak
ask-age = Berapa umurmu? (Kami hanya menyimpan kelompok umur, tidak pernah umurmu.)
btn-age-under13 = Di bawah 13 tahun
btn-age-13-15 = 13 sampai 15 tahun
btn-age-16-17 = 16 sampai 17 tahun
btn-age-adult = 18 tahun atau lebih
age-adult-redirect = Bagian ini untuk usia 13 sampai 17 tahun. Sebagai orang dewasa, Anda dapat bergabung sebagai orang tua atau pengasuh, atau sebagai orang yang bekerja melindungi anak.
under-13 =
    Terima kasih sudah memberi tahu. Bot ini dibuat untuk usia 13 tahun ke atas, jadi aku tidak bisa melanjutkan denganmu, dan aku tidak menyimpan apa pun tentangmu.

    Orang tua, pengasuh, atau orang dewasa lain yang kamu percaya bisa membantumu belajar cara tetap aman di internet. Kalau ada sesuatu di internet yang membuatmu khawatir, ceritakan kepada mereka, atau hubungi salah satu layanan ini:
age-gate-16 =
    Terima kasih sudah memberi tahu. Di { $country }, Telegram hanya untuk usia 16 tahun ke atas, jadi aku tidak bisa melanjutkan denganmu, dan aku tidak menyimpan apa pun tentangmu.

    Kalau ada sesuatu di internet yang membuatmu khawatir, bicarakan dengan orang dewasa yang kamu percaya, atau hubungi salah satu layanan ini:
ask-sector = Anda bekerja di bidang apa?
sector-gov = Pemerintahan
sector-police = Penegakan hukum
sector-justice = Peradilan atau kejaksaan
sector-social = Layanan sosial
sector-health = Kesehatan
sector-edu = Pendidikan
sector-ngo = LSM atau masyarakat sipil
sector-tech = Industri teknologi
sector-other = Lainnya
ask-country = Kamu tinggal di negara mana? Dengan begitu, aku bisa menunjukkan bantuan yang tersedia di tempatmu. Kamu juga bisa mengetik nama negaranya.
btn-country-other = 🌍 Negara lain
btn-country-skip = Tidak ingin menyebutkan
ask-country-letter = Ketuk huruf pertama nama negaramu.
country-not-found = Aku tidak menemukan negara itu. Ketuk salah satu tombol, atau ketik namanya seperti yang tertulis di peta.
country-not-said = Tidak disebutkan
consent-youth =
    <b>Sebelum mulai: apa yang aku simpan dan kenapa</b>

    • Bahasamu, kelompok umurmu (13-15 atau 16-17), dan negaramu, supaya aku bisa menunjukkan pelajaran dan bantuan yang tepat.
    • Pelajaran yang kamu buka dan jawaban kuismu, supaya kamu bisa melanjutkan dari bagian terakhir.
    • Hitungan anonim tentang apa yang dipelajari orang-orang, supaya program ini tahu apakah pelajarannya bermanfaat. Hitungan ini tidak pernah memuat namamu.

    Aku tidak pernah menyimpan nama, nama pengguna, nomor telepon, atau apa pun yang kamu tulis kepadaku. Kamu bisa melihat datamu dengan /mydata dan menghapusnya dengan /forget kapan saja.
consent-caregiver =
    <b>Sebelum mulai: apa yang saya simpan dan alasannya</b>

    • Bahasa Anda, keterangan bahwa Anda orang tua atau pengasuh, dan negara Anda, agar saya dapat menampilkan pelajaran dan bantuan yang tepat.
    • Pelajaran yang Anda buka dan jawaban kuis Anda, agar Anda dapat melanjutkan dari bagian terakhir.
    • Hitungan anonim tentang apa yang dipelajari pengguna, agar program ini dapat menilai manfaatnya.

    Saya tidak pernah menyimpan nama, nama pengguna, nomor telepon, atau apa pun yang Anda tulis kepada saya. Lihat data Anda dengan /mydata; hapus dengan /forget kapan saja.
consent-professional =
    <b>Sebelum mulai: apa yang saya simpan dan alasannya</b>

    • Bahasa, sektor, dan negara Anda, agar saya dapat menampilkan survei dan informasi bantuan yang sesuai.
    • Jawaban survei Anda, yang hanya ditampilkan secara agregat, tidak pernah satu per satu, dan tidak pernah digunakan untuk memeringkat negara.
    • Hitungan aktivitas anonim, agar program dapat mengukur jangkauannya.

    Saya tidak pernah menyimpan nama, nama pengguna, nomor telepon, atau apa pun yang Anda tulis kepada saya. Lihat data Anda dengan /mydata; hapus dengan /forget kapan saja.
btn-consent-yes = ✅ Setuju
btn-consent-no = Tidak, terima kasih
btn-privacy-full = 🔒 Baca kebijakan privasi lengkap
consent-declined = Tidak apa-apa. Aku tidak menyimpan apa pun tentangmu. Bantuan tetap ada: kirim /help atau kata “tolong” kapan saja, dan /start kalau kamu berubah pikiran.
onboarding-done = Semua siap! Ini menunya.

## Main menu
menu-youth = Mau mulai dari mana? Ketuk <b>Minta bantuan</b> kapan saja kamu membutuhkannya.
menu-caregiver = Apa yang ingin Anda lakukan? Ketuk <b>Minta bantuan</b> kapan saja Anda membutuhkannya.
menu-professional = Apa yang ingin Anda lakukan? Ketuk <b>Minta bantuan</b> kapan saja Anda membutuhkannya.
btn-lessons = 📚 Pelajaran
btn-settings = ⚙️ Pengaturan
btn-privacy = 🔒 Privasi dan data
welcome-back = Selamat datang kembali! Pesan dariku aktif lagi.

## Help
help-title = <b>🆘 Bantuan ada di sini</b>
help-intro-country = Tempat mencari bantuan di { $country } dan di mana saja:
help-intro-global = Tempat mencari bantuan di mana saja:
help-no-country = Pilih negaramu dengan tombol 🌍 untuk melihat layanan bantuan setempat.
help-footer-emergency = Aku hanya bot: aku tidak bisa menyelidiki atau menghubungi siapa pun untukmu. <b>Kalau kamu dalam bahaya sekarang, telepon { $number }.</b>
help-footer-local = Aku hanya bot: aku tidak bisa menyelidiki atau menghubungi siapa pun untukmu. <b>Kalau kamu dalam bahaya sekarang, telepon nomor darurat setempat.</b>
disclosure =
    💛 Terima kasih sudah bercerita. Yang terjadi <b>bukan salahmu</b>, dan kamu tidak harus menghadapinya sendirian.

    Aku hanya bot, jadi aku tidak bisa menyelidiki atau turun tangan sendiri, tetapi orang-orang di bawah ini bisa membantumu, dan kamu bisa bicara dengan mereka secara rahasia. Kalau bisa, ceritakan juga kepada orang dewasa yang kamu percaya.

## Stop
stopped = 🔕 Oke: aku tidak akan mengirimimu pelajaran atau pengingat lagi. Kirim /start untuk menyalakannya lagi. Bantuan tetap bisa dipakai kapan saja: kirim /help.

## Privacy
privacy-notice =
    <b>🔒 Kebijakan privasi</b>

    <b>Yang aku simpan:</b> bahasamu; apakah kamu remaja (dengan kelompok umurmu, 13-15 atau 16-17, tidak pernah umur persisnya), orang tua atau pengasuh, atau profesional (dengan sektormu); negaramu kalau kamu memilihnya; pelajaran yang kamu buka, jawaban kuis, dan jawaban survei; tombol yang kamu ketuk untuk menilai pelajaran atau menjawab polling; kode berbagimu dan berapa banyak teman yang bergabung lewat kode itu (tidak pernah siapa); apakah kamu mematikan pesan.

    <b>Yang tidak pernah aku simpan:</b> nama, nama pengguna, nomor telepon, foto, atau apa pun yang kamu ketik kepadaku.

    <b>Untuk apa:</b> untuk menunjukkan pelajaran dan bantuan yang tepat dalam bahasamu, supaya kamu bisa melanjutkan dari bagian terakhir, dan untuk menghitung secara anonim berapa banyak orang yang dijangkau program ini. Statistik tidak pernah menampilkan kelompok yang kurang dari 5 orang.

    <b>Siapa yang melihatnya:</b> tim yang menjalankan program ini hanya melihat jumlah total yang anonim. Tidak ada yang melihat jawabanmu satu per satu. Datamu tidak pernah dijual dan tidak pernah dipakai untuk melatih AI.

    <b>Pilihanmu:</b> /mydata menampilkan semua yang aku simpan tentangmu. /forget menghapusnya. /stop mematikan semua pesan. Kalau kamu menghapus datamu, yang tersisa hanya hitungan anonim yang tidak bisa lagi dikaitkan denganmu.
btn-mydata = 📄 Data yang disimpan tentangku
btn-forget = 🗑 Hapus dataku
mydata-title = <b>📄 Semua yang aku simpan tentangmu</b>
mydata-locale = Bahasa: { $value }
mydata-audience = Profil: { $value }
mydata-age = Kelompok umur: { $value }
mydata-sector = Sektor: { $value }
mydata-country = Negara: { $value }
mydata-joined = Bergabung pada: { $value }
mydata-consent = Menyetujui kebijakan privasi pada: { $value }
mydata-messages = Pelajaran dan pengingat: { $value }
mydata-messages-on = aktif
mydata-messages-off = dimatikan (/stop)
mydata-roles = Peran: { $value }
role-trainer = fasilitator
role-staff = staf program
mydata-checkins = Putaran survei yang dijawab: { $count }
mydata-events = Catatan aktivitas (hitungan anonim yang terkait denganmu): { $count }
mydata-progress = Seri pelajaran yang sudah dimulai: { $count }
mydata-footer = Itu saja. Tidak ada yang lain: tanpa nama, nama pengguna, nomor telepon, atau pesan. Hapus dengan /forget.
mydata-none = Aku tidak menyimpan apa pun tentangmu.
audience-youth = remaja
audience-caregiver = orang tua atau pengasuh
audience-professional = profesional
forget-confirm = Hapus semua yang aku simpan tentangmu? Pengaturan, kemajuan, dan jawabanmu akan hilang, dan ini tidak bisa dibatalkan. Hitungan anonim tetap ada, tetapi tidak bisa lagi dikaitkan denganmu.
btn-forget-yes = 🗑 Ya, hapus semuanya
btn-forget-no = Tidak, simpan saja
forget-done = Selesai. Semua yang bisa mengenalimu sudah dihapus. Yang tersisa adalah { $count } catatan aktivitas anonim yang tidak bisa lagi dikaitkan denganmu. Kirim /start kalau suatu saat kamu ingin kembali.
forget-cancelled = Tidak ada yang dihapus.

## Settings
settings-title = <b>⚙️ Pengaturan</b>
settings-current = Bahasa: { $locale }
    Profil: { $audience }
    Negara: { $country }
btn-set-language = 🌐 Bahasa
btn-set-audience = 🧑 Profil
btn-set-country = 📍 Negara
settings-saved = Tersimpan.

## Lessons
lessons-title = <b>📚 Pelajaran</b>
lessons-pick = Pilih satu seri. Kamu bisa berhenti kapan saja dan melanjutkannya nanti dari bagian terakhir.
lessons-none = Belum ada pelajaran yang tersedia di sini.
btn-series = { $title } · { $done }/{ $total }
btn-series-done = ✅ { $title }
series-intro =
    <b>{ $title }</b>
    { $about }

    { $lessons } pelajaran · sekitar { $minutes } menit · { $done }/{ $lessons } selesai
btn-series-start = ▶️ Mulai
btn-series-continue = ▶️ Lanjutkan
btn-series-restart = 🔁 Mulai lagi
btn-all-lessons = 📚 Semua pelajaran
lesson-progress = <b>{ $lesson }</b>
    { $bar } { $step }/{ $steps }
btn-next = Lanjut ➡️
quiz-right = ✅ <b>Benar!</b>
quiz-repeat = (Pertanyaan ini sudah kamu jawab: hanya jawaban pertama yang dihitung.)
btn-continue = Lanjutkan ➡️
lesson-done = 🎉 <b>Pelajaran selesai: { $lesson }</b>
    { $bar } { $done }/{ $total } pelajaran dalam seri ini.
btn-next-lesson = ▶️ Berikutnya: { $lesson }
series-done =
    🏆 <b>Kamu menyelesaikan “{ $title }”!</b>

    Hebat. Yang kamu pelajari bisa membantumu dan teman-temanmu. Kamu bisa mengulang seri ini kapan saja, atau memilih seri lain.
lessons-not-for-you = Pelajaran ini untuk remaja serta orang tua dan pengasuh. Anda dapat mengubah profil Anda di /settings.

## Check-ins (professionals)
btn-checkin = 📋 Survei singkat
checkin-not-for-you = Survei singkat ini khusus untuk profesional. Profil dapat diubah di /settings.
checkin-none = Saat ini belum ada survei yang dibuka untuk sektor Anda. Survei akan muncul di sini saat putaran berikutnya dibuka.
checkin-pick = <b>📋 Survei singkat</b>
    Pertanyaan singkat tentang capaian negara Anda dalam Model Respons Nasional (MNR). Silakan pilih salah satu:
btn-checkin-round = { $title } · { $round }
checkin-intro =
    <b>{ $title }</b> · { $round }
    { $about }

    Sekitar { $minutes } menit · dibuka hingga { $closes }.
    Jawaban Anda bersifat rahasia: hanya total dari sedikitnya 5 orang yang ditampilkan, dan negara tidak pernah diperingkat.
btn-checkin-start = ▶️ Mulai
btn-checkin-continue = ▶️ Lanjutkan
btn-checkin-revise = ✏️ Tinjau atau ubah jawaban saya
checkin-item-head = <b>{ $title }</b> · { $step }/{ $steps }
    { $bar }
checkin-capability = <i>MNR { $number } · { $capability }</i>
checkin-current = Jawaban Anda: <b>{ $answer }</b>
ci-dk = Tidak tahu
ci-yes = Ya
ci-no = Tidak
ci-agree-1 = 1 · Sangat tidak setuju
ci-agree-2 = 2 · Tidak setuju
ci-agree-3 = 3 · Netral
ci-agree-4 = 4 · Setuju
ci-agree-5 = 5 · Sangat setuju
btn-checkin-back = ⬅️ Kembali
btn-checkin-skip = Lewati ➡️
checkin-done = ✅ <b>Terima kasih!</b> Jawaban Anda untuk { $round } telah tersimpan. Anda dapat mengubahnya hingga { $closes }.
checkin-summary-title = <b>Jawaban Anda</b>
checkin-summary-line = • { $question }: <b>{ $answer }</b>
checkin-skipped = dilewati
checkin-country-title = <b>Jawaban rekan sejawat di { $country }</b> (hanya ditampilkan jika sedikitnya 5 orang menjawab):
checkin-country-line = • { $capability } ({ $total } jawaban): { $shares }
checkin-country-none = Jawaban dari { $country } belum cukup untuk menampilkan total: diperlukan sedikitnya 5 jawaban. Silakan periksa kembali nanti melalui /checkin.
cmd-checkin = Survei singkat untuk profesional
invite-welcome = Selamat datang! Anda diundang sebagai profesional ({ $sector }, { $country }). Pertama, silakan pilih bahasa Anda.
invite-applied = Profil Anda kini terverifikasi: { $sector }, { $country }.
invite-invalid = Tautan undangan ini sudah tidak berlaku. Anda tetap dapat menggunakan bot ini: kirim /start.

## Staff commands
staff-rounds-title = <b>Putaran survei</b>
staff-round-line = #{ $id } · { $round } · { $questionnaire } · { $respondents } responden · { $status }
staff-round-open = dibuka hingga { $closes }
staff-round-closed = ditutup
staff-rounds-none = Belum ada putaran.
staff-rounds-help = Membuka putaran: /openround QUESTIONNAIRE CODE YYYY-MM-DD · Mengekspor putaran: /export ROUND_ID · Mengundang profesional: /invite SECTOR COUNTRY [PROGRAMME]
staff-openround-usage = Cara pakai: /openround QUESTIONNAIRE CODE YYYY-MM-DD, misalnya /openround general-pulse 2026-Q4 2026-12-31. Kuesioner: { $list }
staff-round-opened = Putaran { $round } untuk { $questionnaire } dibuka hingga { $closes }.
staff-export-usage = Cara pakai: /export ROUND_ID (nomor yang ditampilkan oleh /rounds).
staff-export-caption = Putaran { $round }: satu baris per responden dan butir, dengan pseudonim.
staff-invite-usage = Cara pakai: /invite SECTOR COUNTRY [PROGRAMME], misalnya /invite police KE kenya-2026. Sektor: { $list }
staff-invite-created = Tautan undangan untuk { $sector } di { $country }:
    { $link }
    Siapa pun yang membukanya akan terdaftar sebagai profesional terverifikasi dari sektor dan negara tersebut.
staff-failed = Tidak berhasil: { $reason }

## Fallbacks and errors
not-started = Hai! Kirim /start untuk mulai. Kalau butuh bantuan sekarang, kirim /help.
unknown-text = Aku tidak mengerti pesan itu. Pakai tombol yang ada, ya.
unsupported-media = Aku hanya bisa membaca teks dan tombol, jadi kiriman itu tidak aku buka. Tolong jangan kirimi aku foto dirimu atau orang lain. Kirim /help kalau kamu butuh bantuan.
group-only-private = Aku hanya bekerja di chat pribadi. Buka chat denganku untuk mulai.
stale-button = Tombol itu sudah tidak aktif.
finish-onboarding = Yuk, selesaikan pendaftaran dulu.
try-later = Maaf, ada yang salah di sisiku. Coba lagi sebentar lagi, ya. Kalau butuh bantuan sekarang, layanan bantuan selalu ada di /help.
unknown-command = Aku tidak kenal perintah itu. Kirim /start untuk menu atau /help untuk bantuan.
