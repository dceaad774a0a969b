## Series: Sextortion scams for money (sextortion-money), for teens 13-17.
## Grounded in FBI, NCMEC and Thorn guidance on financial sextortion, paraphrased. The last lesson follows
## safe-messaging guidance (#chatsafe, Action Alliance framework): no method details, hope and help-seeking.
## Indonesian: "kamu" register; "pemerasan seksual (sextortion)" as in STYLE.md and risky-contact.

s-sextortion-money-title = Pemerasan seksual demi uang
s-sextortion-money-about = Cara kerja penipuan pemerasan seksual (sextortion) demi uang, apa yang harus dilakukan di menit-menit pertama, cara menghapus foto, dan ke mana mencari bantuan kalau semuanya terasa terlalu berat. Kamu tidak sendirian, dan ini bukan salahmu.

## Lesson 1: How the scam works

s-sextortion-money-pattern-title = Cara kerja penipuannya
s-sextortion-money-pattern-intro =
    <b>Pemerasan seksual demi uang</b> (financial sextortion) adalah penipuan. Seseorang memperdaya anak muda supaya mengirim foto atau video telanjang atau seksual, lalu mengancam akan menyebarkannya kecuali dia membayar.

    Pelakunya penjahat, sering kali kelompok terorganisasi di negara lain, yang mencobanya ke banyak anak muda sekaligus. Mereka sudah terlatih. Kena tipu bukan berarti kamu bodoh. Itu berarti kamu dijadikan sasaran.
s-sextortion-money-pattern-intro-alt = Seorang remaja memegang HP di samping HP yang lebih besar berisi profil yang tersembunyi di balik topeng, dengan jam-jam yang berdetak.
s-sextortion-money-pattern-how-it-goes =
    Biasanya begini:
    • Profil baru yang suka menggoda menambahkanmu, sering kali tampak seperti cewek seumuranmu. Dia mungkin tampak punya teman yang sama denganmu.
    • Semuanya bergerak cepat. Dia mengirim “foto” dirinya dan minta dibalas dengan fotomu.
    • Dalam hitungan menit atau jam, suasananya berubah: “Bayar sekarang atau ini kukirim ke teman dan keluargamu.” Dia mungkin menunjukkan daftar followers-mu.
    • Dia memberi tenggat waktu singkat supaya kamu panik.
s-sextortion-money-pattern-who =
    Penipuan ini kebanyakan menyasar <b>remaja laki-laki</b>. Dalam laporan pemerasan seksual demi uang ke NCMEC, sekitar 9 dari 10 anak muda yang jadi sasaran adalah laki-laki berusia 14 sampai 17 tahun (Thorn dan NCMEC, 2024). Ini juga terjadi pada perempuan dan orang dewasa.

    Jadi kalau ini terjadi padamu, kamu jauh dari satu-satunya. Orang-orang yang membantu menangani ini sudah sering melihatnya, dan mereka tidak akan menghakimimu.
s-sextortion-money-pattern-q1 = Profil baru menggodamu, mengirim foto dalam satu jam, dan minta dibalas dengan fotomu. Ada apa sebenarnya?
s-sextortion-money-pattern-q1-a = Dia pasti benar-benar suka aku
s-sextortion-money-pattern-q1-a-why = Rasanya menyenangkan kalau ada yang tertarik padamu, dan penipu mengandalkan itu. Menggoda dengan sangat cepat ditambah tukar foto kilat adalah salah satu pola paling umum dalam penipuan ini.
s-sextortion-money-pattern-q1-b = Mungkin penipuan: terlalu cepat, dan tukar foto
s-sextortion-money-pattern-q1-b-why = Orang sungguhan jarang terburu-buru seperti ini. Kamu bisa berhenti membalas, lalu blokir dan laporkan profilnya. Kamu tidak wajib memberi foto, atau penjelasan, kepada orang asing.
s-sextortion-money-pattern-q1-c = Aman, asal dia yang kirim duluan
s-sextortion-money-pattern-q1-c-why = Mengirim duluan adalah trik supaya kamu merasa aman. Foto yang dia kirim biasanya dicuri dari orang lain.
s-sextortion-money-pattern-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kalau kenalan baru cepat-cepat mengarah ke hal seksual: berhenti, jangan kirim apa pun, lalu blokir dan laporkan akunnya. Kalau kamu sudah telanjur mengirim sesuatu dan dia mengancammu, pelajaran berikutnya menunjukkan langkah pertamanya. Cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: The first minutes

s-sextortion-money-first-steps-title = Menit-menit pertama
s-sextortion-money-first-steps-intro =
    Kalau seseorang mengancam akan menyebarkan fotomu kecuali kamu membayar: <b>tarik napas</b>. Sekarang mungkin rasanya seperti kiamat. Padahal tidak. Orang bisa melewati ini, dan ada orang yang tugasnya memang membantumu.

    Penipu ingin kamu panik dan cepat membayar. Dengan memperlambat, kamu mengambil kembali kendali.
s-sextortion-money-first-steps-intro-alt = Seorang remaja yang tenang mengangkat tangan tanda berhenti, di samping tumpukan koin yang dicoret.
s-sextortion-money-first-steps-dont-pay =
    <b>Jangan membayar.</b> Tidak dengan uang, voucher, atau kredit game. FBI mengingatkan bahwa walaupun anak muda sudah membayar, penipu sering minta lebih dan mengancam lagi.

    <b>Berhenti membalas.</b> Jangan berdebat, memohon, atau menawar. Kamu tidak harus menjawab pesan apa pun atau menuruti tenggat waktu apa pun. Diam membuat mereka tidak punya apa-apa untuk dimainkan.
s-sextortion-money-first-steps-evidence =
    <b>Simpan bukti</b> sebelum memblokir: screenshot chat dan ancamannya, nama pengguna dan tautan profilnya, serta detail pembayaran apa pun yang dia kirim.

    <b>Blokir dan laporkan</b> akunnya di aplikasi. Kalau ada pilihan tentang ancaman, pemerasan, atau ketelanjangan, pilih itu.

    <b>Jangan hapus akunmu</b> dulu: pesan-pesannya membantu platform dan polisi menghentikan mereka.
s-sextortion-money-first-steps-q1 = Dia menulis: “Bayar dalam sepuluh menit atau semua orang bakal lihat.” Apa langkah terbaik?
s-sextortion-money-first-steps-q1-a = Bayar, supaya selesai
s-sextortion-money-first-steps-q1-a-why = Ingin semuanya cepat selesai itu sangat bisa dimengerti. Tetapi membayar biasanya malah memancing tuntutan lain. Simpan uangmu dan minta bantuan saja.
s-sextortion-money-first-steps-q1-b = Memohon supaya dia menghapusnya
s-sextortion-money-first-steps-q1-b-why = Wajar kalau kamu mencoba membujuknya. Tetapi membalas menunjukkan bahwa kamu takut, dan itu akan dia manfaatkan. Diam lebih berhasil.
s-sextortion-money-first-steps-q1-c = Berhenti membalas, simpan bukti, blokir, cerita
s-sextortion-money-first-steps-q1-c-why = Tenggat waktu itu trik untuk menekanmu. Screenshot, blokir dan laporkan, serta orang dewasa yang kamu percaya atau layanan bantuan di pihakmu: begitulah caramu keluar dari ini.
s-sextortion-money-first-steps-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Jangan membayar. Berhenti membalas. Simpan screenshot. Blokir dan laporkan, tetapi jangan hapus akunmu. Lalu cerita ke seseorang <b>sekarang</b>: orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara). Kalau kamu merasa dalam bahaya, telepon nomor darurat setempat.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: Tell someone, take it down

s-sextortion-money-tell-takedown-title = Cerita ke seseorang, hapus fotonya
s-sextortion-money-tell-takedown-intro =
    Bercerita ke seseorang bisa terasa seperti bagian paling sulit. Kamu mungkin khawatir kena masalah, atau khawatir apa yang akan dia pikirkan tentangmu.

    Kebanyakan orang dewasa, dan setiap layanan bantuan anak, akan ada di pihakmu. Ini kejahatan terhadap dirimu. Kamu tidak akan kena masalah karena minta bantuan, bahkan kalau kamu melanggar aturan atau mengirim foto itu.
s-sextortion-money-tell-takedown-intro-alt = Seorang remaja bicara dengan orang dewasa yang dia percaya, yang mendengarkan dengan ramah, dengan gambar hati di antara mereka.
s-sextortion-money-tell-takedown-who-to-tell =
    Cerita ke siapa:
    • Orang tua atau pengasuh, kerabat yang lebih tua, guru, atau guru BK.
    • Layanan bantuan anak: gratis, rahasia, dan kamu tidak perlu menyebutkan nama (116 111 di banyak negara).

    Cara memulainya: “Ada orang di internet yang mengancamku dan aku butuh bantuan.” Kamu tidak perlu menjelaskan semuanya sekaligus. Kalau orang pertama tidak membantu, cerita ke orang lain.
s-sextortion-money-tell-takedown-take-it-down =
    Kamu juga bisa membantu menghentikan penyebaran foto itu, bahkan sebelum mereka menyebarkannya.

    <b>Take It Down</b> (takeitdown.ncmec.org) gratis dan bisa dipakai tanpa menyebutkan nama. Layanan ini untuk foto telanjang atau seksual dirimu dari saat kamu di bawah 18 tahun. Sidik jari digital foto itu dibuat di perangkatmu sendiri, dan aplikasi yang ikut serta memakainya untuk menemukan dan menghapus salinannya. Fotonya sendiri tidak pernah diunggah.
s-sextortion-money-tell-takedown-q1 = Mana yang benar tentang Take It Down?
s-sextortion-money-tell-takedown-q1-a = Bisa dipakai sebelum fotonya disebarkan
s-sextortion-money-tell-takedown-q1-a-why = Kamu bisa memakainya begitu kamu khawatir, tanpa menyebutkan nama. Aplikasi yang ikut serta lalu bisa memblokir foto itu kalau ada yang mencoba mengunggahnya di sana.
s-sextortion-money-tell-takedown-q1-b = Aku harus mengunggah fotonya ke mereka
s-sextortion-money-tell-takedown-q1-b-why = Itu kekhawatiran yang umum. Tetapi fotonya tetap di perangkatmu: hanya sidik jari digitalnya yang dikirim.
s-sextortion-money-tell-takedown-q1-c = Hanya bisa kalau aku lapor polisi dulu
s-sextortion-money-tell-takedown-q1-c-why = Polisi bisa membantu, dan melapor ke polisi adalah langkah yang baik. Tetapi kamu bisa memakai Take It Down sendiri atau bersama orang dewasa yang kamu percaya, tanpa harus ke polisi dulu.
s-sextortion-money-tell-takedown-not-your-fault =
    Apa pun yang terjadi sebelum ancaman itu, orang yang memerasmu adalah yang melakukan kejahatan. Memercayai seseorang, menggoda, atau mengirim foto tidak membuat ini jadi salahmu.

    Penipu berusaha membuatmu merasa sendirian dan malu supaya kamu diam. Begitu kamu cerita ke seseorang, kekuatan mereka mulai hilang.
s-sextortion-money-tell-takedown-q2 = Pemerasan seksual itu salah siapa?
s-sextortion-money-tell-takedown-q2-a = Salahku, karena aku mengirim fotonya
s-sextortion-money-tell-takedown-q2-a-why = Banyak orang menyalahkan diri sendiri, dan penipu memang ingin kamu begitu. Tetapi mengirim foto ke orang yang kamu percaya bukan kejahatan. Memeras adalah kejahatan.
s-sextortion-money-tell-takedown-q2-b = Hanya orang yang mengancam
s-sextortion-money-tell-takedown-q2-b-why = Orang yang mengancammu memilih untuk melakukan kejahatan. Kamu layak mendapat bantuan dan dukungan, bukan disalahkan.
s-sextortion-money-tell-takedown-q2-c = Sedikit salahku, sedikit salah dia
s-sextortion-money-tell-takedown-q2-c-why = Bisa saja terasa begitu saat kamu takut. Tetapi kesalahannya tidak dibagi: kesalahan itu milik orang yang mengancam.
s-sextortion-money-tell-takedown-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak hari ini (116 111 di banyak negara). Pakai takeitdown.ncmec.org untuk membantu menghentikan penyebaran foto itu, dan laporkan akunnya di aplikasi. Kamu tidak akan kena masalah karena minta bantuan.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: When it feels like too much

s-sextortion-money-too-much-title = Saat semuanya terasa terlalu berat
s-sextortion-money-too-much-intro =
    Diancam seperti ini bisa terasa sangat berat. Kamu mungkin merasa panik atau malu, tidak bisa tidur, atau merasa tidak ada jalan keluar.

    Perasaan itu adalah reaksi wajar terhadap sesuatu yang menakutkan. Itu tidak berarti keadaan tidak bisa membaik. Dengan bantuan, keadaan membaik. Banyak anak muda pernah mengalami ini dan berhasil melewatinya.
s-sextortion-money-too-much-intro-alt = Seorang remaja menelepon layanan bantuan sementara matahari terbit di belakangnya.
s-sextortion-money-too-much-reach-out =
    <b>Kalau kamu punya pikiran untuk menyakiti dirimu sendiri, telepon layanan bantuan anak atau nomor darurat setempat sekarang.</b> Di banyak negara, nomor layanan bantuan anak adalah 116 111. Gratis, dan ada orang yang siap mendengarkan.

    Kamu tidak perlu kata-kata yang tepat. “Aku sedang diancam di internet dan aku nggak sanggup” sudah cukup. Kamu tidak harus menghadapi ini sendirian, bahkan untuk satu malam.
s-sextortion-money-too-much-q1 = Sudah larut malam, kamu takut, dan rasanya kamu tidak sanggup. Apa yang membantu sekarang?
s-sextortion-money-too-much-q1-a = Simpan sendiri sampai pagi
s-sextortion-money-too-much-q1-a-why = Ingin menyembunyikannya itu bisa dimengerti, apalagi di malam hari. Tetapi kamu tidak perlu menunggu: layanan bantuan dan nomor darurat ada sekarang juga, dan bicara itu membantu.
s-sextortion-money-too-much-q1-b = Telepon layanan bantuan atau bangunkan orang yang kupercaya
s-sextortion-money-too-much-q1-b-why = Langsung mencari bantuan itu tanda kuat, bukan lemah. Layanan bantuan atau orang dewasa bisa membantumu merasa lebih aman malam ini dan membuat rencana untuk besok.
s-sextortion-money-too-much-q1-c = Bayar supaya perasaan ini berhenti
s-sextortion-money-too-much-q1-c-why = Apa pun yang bisa mengakhiri rasa takut mungkin terasa sepadan. Tetapi membayar biasanya malah memancing tuntutan lain. Bicara dengan seseorang adalah yang benar-benar membantu.
s-sextortion-money-too-much-friend =
    Kalau temanmu cerita bahwa dia sedang diancam dan terdengar putus asa, atau bilang ingin menyakiti dirinya sendiri:
    • Tanggapi dengan serius, dan temani dia, langsung atau lewat telepon.
    • Bilang: “Ini bukan salahmu. Kita cari bantuan.”
    • Libatkan orang dewasa yang kamu percaya secepatnya, atau telepon layanan bantuan atau nomor darurat setempat bersama-sama.

    Kamu tidak harus menyelesaikannya. Mencari bantuan sudah cukup.
s-sextortion-money-too-much-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kalau kamu punya pikiran untuk menyakiti dirimu sendiri, telepon layanan bantuan anak (116 111 di banyak negara) atau nomor darurat setempat sekarang. Kalau kamu takut tetapi aman, cerita ke orang dewasa yang kamu percaya hari ini. Ini akan berlalu, dan kamu tidak harus melewatinya sendirian.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan nomor darurat di negaramu.
