## Series: You're in control (in-control), for teens 13-17.
## Structure: content/series/in-control.yaml. Grounded in Be Internet Awesome and eSafety advice (paraphrased).
## Indonesian: everyday "kamu" register; Telegram menu names as in Telegram's Indonesian interface.

s-in-control-title = Kamu yang pegang kendali
s-in-control-about = Empat pelajaran singkat tentang privasi, mengenali yang palsu, akun yang kuat, dan bersikap baik di internet. Kamu yang menentukan apa yang kamu bagikan dan siapa yang bisa menghubungimu.

## Lesson 1: Your footprint and privacy

s-in-control-footprint-title = Jejak digital dan privasimu
s-in-control-footprint-intro =
    Semua yang kamu unggah, sukai, bagikan, atau komentari meninggalkan jejak. Kalau digabung, jejak-jejak ini membentuk <b>jejak digital</b> milikmu.

    Orang lain bisa menyimpan, men-screenshot, atau meneruskan apa yang kamu bagikan, bahkan dari chat yang “privat”. Itu bukan alasan untuk takut. Itu alasan untuk memilih. Kamu yang menentukan apa yang keluar dan siapa yang boleh melihatnya.
s-in-control-footprint-intro-alt = Seorang remaja memegang HP. Jejak kaki mengarah ke kartu berisi tombol-tombol privasi dan sebuah gembok.
s-in-control-footprint-think-first =
    Sebelum mengunggah sesuatu, tanyakan dua hal ini ke dirimu:

    • Apakah aku oke kalau keluarga, guru, atau bosku nanti melihat ini?
    • Apakah ini menunjukkan tempat tinggalku, sekolahku, atau lokasiku saat ini?

    Simpan alamat, nomor telepon, nama sekolah, dan lokasimu saat ini hanya untuk orang yang kamu kenal dan percaya di dunia nyata. Berbagi hal seru itu asyik. Berbagi cara menemukanmu itu lain cerita.
s-in-control-footprint-telegram-settings =
    Di Telegram, kamu bisa memilih siapa yang bisa melihat dan menghubungimu. Buka <b>Pengaturan</b>, lalu <b>Privasi dan Keamanan</b>:

    • <b>Nomor Telepon</b>: pilih <b>Tidak Ada</b> atau <b>Kontak Saya</b>.
    • Siapa yang bisa menambahkanmu ke grup: pilih <b>Kontak Saya</b>.
    • Terakhir dilihat dan foto profil: tampilkan hanya untuk kontakmu, kalau kamu mau.

    Cuma butuh satu menit, dan kamu bisa mengubahnya kapan saja.
s-in-control-footprint-q1 = Siapa yang sebaiknya bisa melihat nomor teleponmu di Telegram?
s-in-control-footprint-q1-a = Semua orang, supaya teman-temanku bisa menemukanku
s-in-control-footprint-q1-a-why = Memang praktis, tetapi orang yang tidak kamu kenal juga jadi bisa melihat nomormu. Teman-temanmu tetap bisa menemukanmu lewat nama pengguna, jadi Tidak Ada atau Kontak Saya adalah pilihan yang lebih aman.
s-in-control-footprint-q1-b = Siapa saja yang ada di grupku
s-in-control-footprint-q1-b-why = Membatasinya adalah awal yang baik, tetapi grup bisa berisi banyak orang yang belum pernah kamu temui. Tidak Ada atau Kontak Saya membuat nomormu lebih aman.
s-in-control-footprint-q1-c = Tidak ada, atau hanya kontakku
s-in-control-footprint-q1-c-why = Dengan begini, nomormu hanya dilihat orang-orang yang kamu pilih. Teman-temanmu tetap bisa chat denganmu, dan orang yang tidak kamu kenal jadi lebih sedikit tahu tentangmu.
s-in-control-footprint-unwanted-contact =
    Kadang orang yang tidak kamu kenal mengirimimu pesan. Dalam sebuah survei di Australia, 3 dari 10 remaja bilang pernah dihubungi secara online oleh orang yang tidak mereka kenal, hanya dalam enam bulan (eSafety Commissioner, 2021). Jadi kamu tidak sendirian.

    Kamu tidak harus membalas. Kamu bisa:
    • keluar dari chat atau mengabaikannya saja
    • <b>memblokir</b> dan <b>melaporkan</b> akunnya (Telegram menampilkan tombol ini saat ada orang baru yang mengirimimu pesan)
    • menyimpan screenshot kalau ada yang terasa tidak beres
    • cerita ke orang dewasa yang kamu percaya
s-in-control-footprint-q2 = Seseorang yang belum pernah kamu temui terus menanyakan kamu sekolah di mana. Apa langkah yang baik?
s-in-control-footprint-q2-a = Kasih tahu saja, cuma nama sekolah
s-in-control-footprint-q2-a-why = Kelihatannya tidak berbahaya, tetapi sekolahmu memberi tahu orang di mana bisa menemukanmu hampir setiap hari. Tidak apa-apa untuk merahasiakannya, walaupun dia terus bertanya.
s-in-control-footprint-q2-b = Jangan kasih tahu, dan blokir kalau dia terus bertanya
s-in-control-footprint-q2-b-why = Kamu tidak wajib memberikan data pribadimu kepada siapa pun. Orang yang terus mendesak untuk mendapatkannya sedang menunjukkan tanda bahaya: blokir, laporkan, dan cerita ke orang yang kamu percaya.
s-in-control-footprint-q2-c = Kirim foto seragamku saja
s-in-control-footprint-q2-c-why = Itu memang mengelak dari pertanyaan, tetapi seragam atau badge sekolah bisa menunjukkan sekolahmu sama jelasnya. Lebih baik tetap dirahasiakan.
s-in-control-footprint-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    • Cek pengaturan privasimu hari ini. Cuma butuh satu menit.
    • Pikir dulu sebelum membagikan tempat tinggalmu, tempat sekolahmu, atau lokasimu sekarang.
    • Kalau seseorang membuatmu tidak nyaman, berhenti membalas, blokir, laporkan, dan cerita ke orang dewasa yang kamu percaya.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: Spotting fakes

s-in-control-fakes-title = Mengenali yang palsu
s-in-control-fakes-intro =
    Di internet, siapa pun bisa memakai nama, umur, atau foto apa saja. Kebanyakan orang memang jujur tentang dirinya, tetapi ada yang berpura-pura jadi orang lain untuk menipu.

    Kamu tidak perlu curiga pada semua orang. Kamu cukup tahu tanda-tandanya. Yuk, kita lihat tiga jenis yang palsu: orang palsu, tawaran palsu, dan pesan palsu.
s-in-control-fakes-intro-alt = Seorang remaja dengan HP melihat dua kartu profil. Satu wajah tersembunyi di balik topeng, dan kaca pembesar memeriksanya.
s-in-control-fakes-fake-people =
    <b>Orang palsu</b> sering punya pola. Hati-hati kalau seseorang:
    • cepat sekali menganggapmu “sahabat”, dengan banyak pujian
    • memintamu merahasiakan obrolan kalian
    • ingin pindah ke aplikasi lain
    • meminta foto, uang, atau data pribadi
    • marah atau memaksa saat kamu bilang tidak

    Satu tanda saja belum tentu bukti. Tetapi kalau ada yang terasa janggal, percayai perasaan itu. Kamu boleh memperlambat atau berhenti.
s-in-control-fakes-q1 = Seseorang dari chat game bilang dia juga 14 tahun. Setelah seminggu, dia ingin pindah ke aplikasi privat dan merahasiakannya. Ini apa?
s-in-control-fakes-q1-a = Biasa, teman online memang begitu
s-in-control-fakes-q1-a-why = Banyak pertemanan online yang tulus dan baik. Tetapi terburu-buru dan meminta rahasia adalah tanda bahaya, walaupun orangnya kelihatan baik.
s-in-control-fakes-q1-b = Tanda bahaya: pelan-pelan dan cerita ke seseorang
s-in-control-fakes-q1-b-why = Rahasia ditambah desakan untuk pindah aplikasi adalah trik yang umum. Kamu boleh menolak, dan cerita ke orang dewasa yang kamu percaya itu langkah cerdas, bukan mengadu.
s-in-control-fakes-q1-c = Aman, kalau foto profilnya kelihatan asli
s-in-control-fakes-q1-c-why = Memeriksa profilnya memang masuk akal, tetapi foto gampang disalin dari mana saja. Cara seseorang bersikap lebih banyak memberi tahu daripada fotonya.
s-in-control-fakes-fake-offers =
    <b>Tawaran palsu</b> kedengarannya luar biasa: Telegram Premium gratis, koin untuk game-mu, hadiah dari lomba yang tidak pernah kamu ikuti, atau uang gampang untuk kerjaan kecil.

    Jebakannya datang kemudian. Kamu diminta mengetuk tautan, membayar biaya kecil, atau mengirim kode atau data pribadimu.

    Aturan gampangnya: kalau kedengarannya terlalu bagus untuk jadi kenyataan, kemungkinan besar memang begitu.
s-in-control-fakes-phishing =
    <b>Pesan palsu</b> (phishing) pura-pura datang dari aplikasi, bank, atau bahkan teman. Pesan ini sering membuatmu terburu-buru: “Akunmu akan dihapus dalam 1 jam!”

    Sebelum mengetuk, tanyakan:
    • Apakah pesan ini datang tiba-tiba?
    • Apakah seseorang membuatku terburu-buru atau takut?
    • Apakah tautannya kelihatan agak aneh?

    Kalau ya, jangan diketuk. Buka sendiri aplikasinya atau situsnya. Telegram tidak pernah meminta kode atau kata sandimu lewat chat.
s-in-control-fakes-q2 = Ada pesan yang bilang kamu menang Telegram Premium gratis. Kamu hanya perlu mengetuk tautan dan memasukkan kode masukmu. Apa yang kamu lakukan?
s-in-control-fakes-q2-a = Jangan diketuk. Blokir dan laporkan pengirimnya
s-in-control-fakes-q2-a-why = Hadiah sungguhan tidak pernah butuh kode masukmu. Memblokir dan melaporkan pengirimnya juga membantu melindungi orang lain.
s-in-control-fakes-q2-b = Masukkan kodenya cepat-cepat, sebelum kedaluwarsa
s-in-control-fakes-q2-b-why = Rasa terburu-buru itu bagian dari triknya. Siapa pun yang mendapat kodemu bisa mengambil alih akunmu. Santai saja: tawaran sungguhan tidak hilang dalam hitungan detik.
s-in-control-fakes-q2-c = Teruskan ke teman-temanku supaya mereka juga menang
s-in-control-fakes-q2-c-why = Niatmu baik, tetapi itu justru menularkan triknya kepada mereka. Lebih baik laporkan dan beri tahu teman-temanmu bahwa pesan itu palsu.
s-in-control-fakes-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    • Tidak yakin itu asli? Berhenti dulu. Kamu tidak harus langsung menjawab.
    • Jangan mengetuk tautan tak terduga atau mengirim kode, uang, atau foto.
    • Blokir dan laporkan akun palsu.
    • Sudah telanjur mengeklik, mengirim, atau membayar? Itu dialami banyak orang. Cerita ke orang dewasa yang kamu percaya. Itu bukan salahmu, dan masih bisa diperbaiki.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: Strong accounts

s-in-control-accounts-title = Akun yang kuat
s-in-control-accounts-intro =
    Akun-akunmu menyimpan chat, foto, dan teman-temanmu. Kalau dikunci dengan baik, kamu tetap jadi pemegang kendalinya.

    Tiga kebiasaan sederhana ini sangat berpengaruh:
    • kata sandi yang kuat
    • verifikasi dua langkah
    • tidak pernah membagikan kode masukmu
s-in-control-accounts-intro-alt = Seorang remaja di samping HP besar dengan gembok di layarnya, perisai bertanda centang, dan sebuah kunci.
s-in-control-accounts-passphrase =
    <b>Panjang lebih kuat daripada rumit.</b> Frasa sandi adalah beberapa kata acak yang dirangkai, seperti lampu-sungai-kue-lompat (tetapi buat versimu sendiri, ya!).

    • Jangan pakai nama, tanggal lahir, atau nama hewan peliharaanmu.
    • Pakai kata sandi yang berbeda untuk setiap akun penting.
    • Jangan dibagikan, bahkan ke sahabat terdekatmu.

    Pengelola kata sandi (password manager), atau orang dewasa yang kamu percaya, bisa membantumu mengingatnya.
s-in-control-accounts-q1 = Kata sandi mana yang paling kuat?
s-in-control-accounts-q1-a = Maria2010
s-in-control-accounts-q1-a-why = Nama dan tahun lahir gampang ditebak, apalagi kalau tercantum di profilmu. Coba pakai beberapa kata acak saja.
s-in-control-accounts-q1-b = piano-pisang-angin-sepatu
s-in-control-accounts-q1-b-why = Empat kata acak menghasilkan kata sandi yang panjang dan sulit ditebak, tetapi gampang kamu ingat. Buat saja versimu sendiri.
s-in-control-accounts-q1-c = Password123!
s-in-control-accounts-q1-c-why = Kelihatannya rumit, tetapi ini salah satu kata sandi yang paling sering dipakai di dunia. Panjang dan keacakan lebih penting daripada simbol.
s-in-control-accounts-two-step =
    <b>Verifikasi dua langkah</b> menambahkan kunci kedua. Walaupun seseorang mendapatkan kode masukmu, dia tetap butuh kata sandimu untuk masuk.

    Di Telegram, buka <b>Pengaturan</b>, lalu <b>Privasi dan Keamanan</b>, lalu <b>Verifikasi Dua Langkah</b>. Buat kata sandi dan tambahkan email pemulihan yang bisa kamu buka.

    Banyak aplikasi lain juga punya fitur ini. Cari “verifikasi dua langkah” atau “2FA” di pengaturan keamanannya.
s-in-control-accounts-login-codes =
    Kode masuk itu seperti kunci rumahmu. <b>Jangan pernah membagikannya</b>, bahkan kepada orang yang mengaku dari Telegram, atau teman yang bilang tidak sengaja mengirimkannya kepadamu. Telegram tidak pernah meminta kodemu lewat chat.

    Telanjur membagikannya? Itu bisa terjadi. Buka <b>Pengaturan</b>, lalu <b>Perangkat</b>, akhiri sesi yang tidak kamu kenali, lalu aktifkan verifikasi dua langkah.
s-in-control-accounts-q2 = Seorang teman menulis: “Aduh, kodeku nggak sengaja terkirim ke nomormu. Bisa kirim ke aku?” Apa yang kamu lakukan?
s-in-control-accounts-q2-a = Kirim saja, dia kan temanku
s-in-control-accounts-q2-a-why = Ingin membantu itu baik, tetapi ini trik yang sangat umum. Akun temanmu mungkin sudah dibajak, dan kode itu sebenarnya kunci untuk akunmu.
s-in-control-accounts-q2-b = Kirim setengah kodenya saja
s-in-control-accounts-q2-b-why = Sebagian kode pun bisa membantu penipu masuk ke akunmu. Pilihan paling aman adalah tidak mengirimkannya sama sekali.
s-in-control-accounts-q2-c = Jangan dikirim, dan cek ke dia lewat cara lain
s-in-control-accounts-q2-c-why = Telepon atau ngobrol langsung menunjukkan apakah itu benar-benar temanmu. Kalau akunnya memang dibajak, akunmu tetap aman, dan kamu bisa membantunya mendapatkan akunnya kembali.
s-in-control-accounts-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    • Pakai frasa sandi yang panjang, berbeda untuk setiap akun penting.
    • Aktifkan verifikasi dua langkah di Telegram hari ini.
    • Jangan pernah membagikan kode masuk atau kata sandi.
    • Curiga ada orang yang masuk ke akunmu? Akhiri sesi yang tidak dikenal di <b>Perangkat</b>, ganti kata sandimu, dan cerita ke orang dewasa yang kamu percaya.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: Kind and brave

s-in-control-kind-title = Baik hati dan berani
s-in-control-kind-intro =
    Di balik setiap layar ada orang sungguhan dengan perasaan sungguhan. Apa yang kita unggah dan bagikan bisa membuat hari seseorang jadi menyenangkan, atau malah merusaknya.

    Bersikap baik di internet bukan soal jadi sempurna. Ini soal pilihan-pilihan kecil: apa yang kamu kirim, apa yang kamu teruskan, dan bagaimana kamu hadir untuk orang lain.
s-in-control-kind-intro-alt = Dua teman berdampingan, yang satu merangkul yang lain, dengan hati dan gelembung chat.
s-in-control-kind-dont-forward =
    Dapat meme yang jahat, gosip, atau foto memalukan seseorang? <b>Biarkan berhenti di kamu.</b>

    • Jangan diteruskan, disukai, atau dikomentari.
    • Laporkan di aplikasinya.
    • Jangan pernah membagikan foto pribadi atau intim siapa pun. Itu bisa sangat menyakiti orangnya, dan di banyak tempat itu melanggar hukum.

    Tidak meneruskan memang pilihan yang tidak terlihat, tetapi itu pilihan yang berani.
s-in-control-kind-q1 = Di grup chat, seseorang mengunggah foto memalukan teman sekelas. Apa langkah yang baik dan berani?
s-in-control-kind-q1-a = Jangan dibagikan, laporkan, tanyakan kabarnya
s-in-control-kind-q1-a-why = Tidak membagikan menghentikan penyebarannya, melapor membantu agar foto itu dihapus, dan pesan yang baik menunjukkan ke teman sekelasmu bahwa dia tidak sendirian.
s-in-control-kind-q1-b = Teruskan saja, semua orang sudah lihat juga
s-in-control-kind-q1-b-why = Rasanya satu kali berbagi lagi tidak ada bedanya, tetapi setiap kiriman menyebarkan rasa sakitnya lebih jauh. Kamu bisa jadi orang yang menghentikannya.
s-in-control-kind-q1-c = Tambahkan lelucon supaya tidak canggung
s-in-control-kind-q1-c-why = Wajar kalau kamu ingin mencairkan suasana. Tetapi lelucon bisa ikut menumpuk dan membuat teman sekelasmu merasa makin buruk.
s-in-control-kind-support-friends =
    Kalau temanmu dirundung di internet, kamu bisa membantu, walaupun dengan cara kecil:
    • Kirim pesan pribadi: “Aku lihat yang tadi. Kamu nggak apa-apa?”
    • Dengarkan tanpa menghakimi.
    • Bantu dia menyimpan screenshot, lalu blokir dan laporkan.
    • Tawarkan untuk menemaninya bicara dengan orang dewasa yang dia percaya.

    Kamu tidak harus membereskan semuanya. Hadir untuknya saja sudah sangat berarti.
s-in-control-kind-talk-it-out =
    <b>Kalau ragu, ceritakan.</b> Kalau ada sesuatu di internet yang membuatmu takut, sedih, bingung, atau tertekan, ceritakan kepada orang yang kamu percaya: orang tua, saudara, guru, guru BK, atau layanan bantuan anak.

    Tidak pernah ada kata terlambat untuk bicara. Kalau orang lain berbuat salah, itu bukan salahmu. Dan kalau kamu yang membuat kesalahan, kamu tetap berhak mendapat bantuan.
s-in-control-kind-q2 = Temanmu cerita ada orang yang terus mengiriminya pesan jahat. Apa yang paling membantu?
s-in-control-kind-q2-a = Suruh dia mengabaikannya saja
s-in-control-kind-q2-a-why = Mengabaikan kadang berhasil, tetapi kalau hanya itu, temanmu bisa merasa sendirian. Membantunya memblokir, melapor, dan mendapat dukungan lebih ampuh.
s-in-control-kind-q2-b = Balas dengan pesan jahat ke si perundung
s-in-control-kind-q2-b-why = Keinginan membela temanmu itu naluri yang baik. Tetapi membalas bisa memperburuk keadaan dan membuatmu ikut kena masalah. Laporkan saja.
s-in-control-kind-q2-c = Dengarkan, bantu dia melapor, cari orang dewasa
s-in-control-kind-q2-c-why = Mendengarkan membantu temanmu merasa tidak sendirian, melapor membuat pesan-pesan itu diperiksa, dan orang dewasa yang kamu percaya bisa membantu menghentikannya.
s-in-control-kind-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    • Jangan teruskan unggahan atau foto yang menyakitkan. Laporkan.
    • Tanyakan kabar teman yang sedang mengalami masa sulit.
    • Kalau ada sesuatu di internet yang membuatmu khawatir, bicarakan dengan orang dewasa yang kamu percaya. Perbuatan orang lain bukan salahmu.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Youth voice: the one-tap question asked once after the series (content/series/in-control.yaml voice_question)

s-in-control-voice-first-step = Mana yang akan kamu lakukan pertama kali?
s-in-control-voice-first-step-privacy = Cek siapa yang bisa melihat unggahanku
s-in-control-voice-first-step-passwords = Perkuat kata sandiku
s-in-control-voice-first-step-check = Berhenti dan cek dulu sebelum berbagi
s-in-control-voice-first-step-kind = Bela orang yang dirundung di internet
s-in-control-voice-first-step-talk = Cerita ke orang yang kupercaya
