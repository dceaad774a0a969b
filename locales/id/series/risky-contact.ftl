## Series: Risky contact and images (risky-contact), for teens 13-17.
## Grounded in Thorn, eSafety Commissioner and NCMEC guidance, paraphrased.
## Indonesian terms: "grooming (bujuk rayu)" and "pemerasan seksual (sextortion)" as ECPAT Indonesia and KPPPA use them.

s-risky-contact-title = Kontak dan foto berisiko
s-risky-contact-about = Kenali grooming, hadapi desakan untuk mengirim foto telanjang atau pemerasan seksual, hapus foto yang tersebar, dan ketahui kepada siapa harus bercerita. Semua itu tidak pernah salahmu.

## Lesson 1: Grooming red flags

s-risky-contact-grooming-title = Tanda bahaya grooming
s-risky-contact-grooming-intro =
    Kebanyakan orang yang kamu temui di internet tidak berniat jahat. Tetapi ada orang yang sengaja membangun kepercayaan dengan anak muda, supaya nanti bisa menyakiti mereka. Ini disebut <b>grooming</b> (bujuk rayu).

    Ini bukan cuma soal orang asing. Bisa saja orang yang sudah berbulan-bulan chat denganmu, atau orang yang kamu kenal di dunia nyata. Jadi, penting untuk memperhatikan tanda bahayanya, bukan cuma wajah baru.
s-risky-contact-grooming-red-flags =
    Tanda bahaya: <b>rahasia</b>. Dia bilang “ini rahasia kita berdua aja” atau “orang tuamu nggak bakal ngerti”.

    Tanda bahaya: <b>terlalu cepat</b>. Baru beberapa kali chat, dia bilang kamu istimewa, dia sayang kamu, tidak ada yang memahamimu seperti dia. Dia bertanya soal tubuhmu, hubunganmu, atau kapan kamu sendirian di rumah.
s-risky-contact-grooming-red-flags-alt = Seorang remaja memegang HP. Layar HP besar menampilkan gelembung chat dan hadiah kecil, dengan bendera merah di sampingnya.
s-risky-contact-grooming-more-flags =
    Tanda bahaya: <b>hadiah</b>. Kredit game, skin, uang, atau pulsa, lalu dia bersikap seolah kamu berutang padanya.

    Tanda bahaya: <b>aplikasi privat</b>. Dia ingin pindah dari game atau grup ke chat pribadi, sering kali yang pesannya bisa menghilang.

    Tanda bahaya: <b>desakan</b>. Saat kamu bilang tidak, dia merajuk, membuatmu merasa bersalah, atau marah.
s-risky-contact-grooming-q1 = Seseorang yang kamu kenal di game bilang: “Ngobrol di aplikasi lain yuk. Jangan bilang orang tuamu soal aku.” Ini apa?
s-risky-contact-grooming-q1-a = Biasa. Teman memang chat di banyak aplikasi.
s-risky-contact-grooming-q1-a-why = Teman memang memakai banyak aplikasi, dan bagian itu bisa saja wajar. Tetapi memintamu menyembunyikan dia dari keluargamu adalah tanda bahaya, dan kalau digabung dengan pindah aplikasi, ini perlu ditanggapi serius.
s-risky-contact-grooming-q1-b = Dua tanda bahaya: rahasia dan aplikasi privat
s-risky-contact-grooming-q1-b-why = Teman sungguhan tidak butuh kamu merahasiakan dirinya. Kamu boleh menolak, berhenti membalas, dan cerita ke orang yang kamu percaya.
s-risky-contact-grooming-q1-c = Cuma masalah kalau dia orang asing
s-risky-contact-grooming-q1-c-why = Grooming bisa datang dari orang yang kamu rasa sudah kamu kenal baik, di internet maupun di dunia nyata. Tanda bahayanya lebih penting daripada berapa lama kamu mengenalnya.
s-risky-contact-grooming-fear-shame =
    Pelaku grooming sering memakai rasa takut dan malu supaya anak muda diam: “Kamu juga bakal kena masalah”, “Nggak ada yang bakal percaya sama kamu”. Itu tidak benar.

    Kalau seseorang memperlakukanmu seperti ini, itu salahnya, tidak pernah salahmu. Walaupun kamu sempat membalas, menerima hadiah, atau mengirim sesuatu. Kamu bisa berhenti kapan saja, dan kamu tidak akan kena masalah karena minta bantuan.
s-risky-contact-grooming-q2 = Sebuah chat terasa tidak beres dan orang itu terus mendesak. Apa yang bisa kamu lakukan?
s-risky-contact-grooming-q2-a = Terus chat supaya dia tidak marah
s-risky-contact-grooming-q2-a-why = Peduli pada perasaan orang lain itu baik. Tetapi kamu tidak wajib membalas siapa pun, dan suasana hatinya bukan tanggung jawabmu.
s-risky-contact-grooming-q2-b = Selesaikan sendiri supaya tidak ada yang tahu
s-risky-contact-grooming-q2-b-why = Banyak orang merasa begitu, dan perasaan itulah yang diandalkan pelaku grooming. Kamu tidak akan kena masalah karena minta bantuan, dan kamu tidak harus menghadapinya sendirian.
s-risky-contact-grooming-q2-c = Berhenti membalas, blokir, laporkan, cerita
s-risky-contact-grooming-q2-c-why = Kamu boleh keluar dari chat mana pun, kapan pun, tanpa perlu menjelaskan. Ambil screenshot dulu kalau bisa, lalu blokir, laporkan, dan cerita ke orang yang kamu percaya.
s-risky-contact-grooming-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kalau sebuah chat menunjukkan tanda bahaya: berhenti membalas dan keluar. Ambil screenshot kalau bisa. Blokir dan laporkan akunnya di aplikasi. Cerita ke orang dewasa yang kamu percaya, atau telepon layanan bantuan anak (116 111 di banyak negara).

    Kamu tidak berbuat salah. Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: Pressure for nudes

s-risky-contact-nudes-title = Desakan kirim foto telanjang
s-risky-contact-nudes-intro =
    Kadang ada orang yang meminta foto telanjang atau foto seksi. Bisa pacar, gebetan, teman, atau orang yang hanya kamu kenal di internet. Dia mungkin memintanya dengan manis, terus-menerus, atau bilang “semua orang juga begitu”.

    Kebanyakan remaja tidak melakukannya. Dan kamu selalu boleh bilang <b>tidak</b>, bahkan kepada orang yang kamu suka, bahkan kalau sebelumnya kamu pernah bilang ya.
s-risky-contact-nudes-lose-control =
    Begitu foto terkirim, kamu tidak bisa mengendalikan ke mana foto itu pergi. Foto itu bisa di-screenshot, disimpan, atau disebarkan, bahkan di aplikasi yang bilang fotonya akan menghilang. Orang bisa putus, dan HP bisa hilang atau dibobol.

    Kalau kamu sudah telanjur mengirim sesuatu, tidak apa-apa untuk membicarakannya. Itu tidak membuatmu jadi orang jahat, dan ada bantuan, termasuk cara untuk menghapus foto yang tersebar.
s-risky-contact-nudes-say-no =
    Beberapa cara bilang tidak:
    • “Nggak, makasih. Itu bukan aku banget.”
    • “Kalau kamu menghargai aku, berhenti minta.”
    • Lelucon, meme, atau langsung keluar dari chat.

    Kamu tidak wajib memberi alasan kepada siapa pun. Orang yang peduli padamu akan menerima penolakan. Kalau dia terus mendesak atau mengancam, itu tanda bahaya, dan itu bukan salahmu.
s-risky-contact-nudes-say-no-alt = Seorang remaja memegang HP. Gelembung chat meminta foto, dan gelembung balasan menunjukkan tanda tolak yang jelas.
s-risky-contact-nudes-q1 = Pacarmu terus minta foto telanjang dan bilang semua orang juga begitu. Mana yang benar?
s-risky-contact-nudes-q1-a = Aku boleh bilang tidak, dan tidak itu cukup
s-risky-contact-nudes-q1-a-why = “Tidak” adalah jawaban yang utuh, dan kamu tidak perlu menjelaskannya. Kalau dia terus mendesak, itu menunjukkan sesuatu tentang dia, bukan tentang kamu.
s-risky-contact-nudes-q1-b = Aku harus kirim, atau dia akan pergi
s-risky-contact-nudes-q1-b-why = Wajar kalau kamu tidak mau kehilangan seseorang. Tetapi orang yang benar-benar peduli tidak akan menjadikan foto sebagai syarat untuk tetap bersamamu. Kamu layak dihargai.
s-risky-contact-nudes-q1-c = Aman kalau aplikasinya menghapus foto
s-risky-contact-nudes-q1-c-why = Foto yang bisa hilang sendiri kelihatannya aman, tetapi aplikasinya tidak bisa mencegah screenshot, atau HP lain yang merekam layar. Begitu terkirim, foto itu sudah lepas dari tanganmu.
s-risky-contact-nudes-forwarding =
    Kalau seseorang mengirimimu foto telanjang orang lain, <b>jangan diteruskan</b> atau diperlihatkan ke orang-orang. Menyebarkannya menyakiti orang itu. Di banyak negara, menyebarkan gambar seksual siapa pun yang berusia di bawah 18 tahun melanggar hukum, bahkan kalau pengirimnya juga di bawah 18 tahun.

    Jangan disebarkan. Laporkan di aplikasinya, cerita ke orang dewasa yang kamu percaya, lalu hapus.
s-risky-contact-nudes-q2 = Seseorang mengunggah foto telanjang teman sekelas di grup chat kalian. Apa yang paling membantu?
s-risky-contact-nudes-q2-a = Teruskan untuk memperingatkan orang lain
s-risky-contact-nudes-q2-a-why = Niat memperingatkan orang lain itu baik. Tetapi meneruskannya justru menyebarkan foto itu dan makin menyakiti teman sekelasmu. Melaporkannya adalah cara untuk membantu.
s-risky-contact-nudes-q2-b = Jangan disebar, laporkan, cerita ke orang dewasa
s-risky-contact-nudes-q2-b-why = Tidak menyebarkan dan melaporkan adalah langkah kecil yang besar pengaruhnya. Kamu juga bisa menanyakan kabar teman sekelasmu: dia mungkin merasa sangat sendirian.
s-risky-contact-nudes-q2-c = Abaikan, itu bukan urusanku
s-risky-contact-nudes-q2-c-why = Ikut campur memang bisa terasa canggung, dan itu bisa dimengerti. Tetapi diam saja membuat teman sekelasmu menanggungnya sendirian. Melapor cuma butuh semenit dan benar-benar membantu.
s-risky-contact-nudes-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kalau seseorang mendesakmu: bilang tidak, keluar dari chat, blokir dan laporkan dia. Kalau kamu sudah mengirim foto dan merasa khawatir, bicarakan dengan orang dewasa yang kamu percaya atau layanan bantuan anak. Kamu tidak akan kena masalah karena minta bantuan, dan foto yang diambil sebelum kamu berumur 18 tahun sering kali bisa dihapus.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: Sextortion

s-risky-contact-sextortion-title = Pemerasan seksual (sextortion)
s-risky-contact-sextortion-intro =
    <b>Pemerasan seksual</b> (sextortion) terjadi saat seseorang punya, atau mengaku punya, foto telanjang atau foto seksualmu, lalu mengancam akan menyebarkannya kecuali kamu membayar, mengirim lebih banyak, atau menuruti kemauannya.

    Sering kali awalnya ada kenalan baru yang suka menggoda dan bergerak cepat. Banyak pelakunya penipu yang melakukan ini ke banyak anak muda. Ini bisa terjadi pada siapa saja, dan ini <b>tidak pernah salahmu</b>.
s-risky-contact-sextortion-intro-alt = Seorang anak muda dirangkul orang dewasa yang dia percaya, dengan koin yang dicoret dan perisai besar.
s-risky-contact-sextortion-dont-pay =
    <b>Jangan membayar</b> dan jangan mengirim apa pun lagi. Membayar jarang membuatnya berhenti. Biasanya mereka malah minta lebih.

    <b>Berhenti membalas.</b> Kamu tidak harus menanggapi ancaman atau tenggat waktu. Mereka ingin kamu panik dan bertindak cepat. Tarik napas: kamu punya waktu untuk minta bantuan.
s-risky-contact-sextortion-evidence =
    <b>Simpan bukti</b> sebelum memblokir: screenshot pesan-pesannya, nama pengguna atau tautan profilnya, dan detail pembayaran apa pun yang dia kirim kepadamu.

    <b>Blokir, tetapi jangan hapus akunmu.</b> Menghapus akun bisa menghilangkan pesan-pesan yang membantu menghentikan mereka. Setelah itu, <b>laporkan</b> akunnya di aplikasi.
s-risky-contact-sextortion-q1 = Seseorang mengancam akan menyebarkan fotomu kecuali kamu membayar malam ini. Apa yang kamu lakukan pertama kali?
s-risky-contact-sextortion-q1-a = Bayar cepat supaya semuanya selesai
s-risky-contact-sextortion-q1-a-why = Wajar kalau kamu ingin semuanya cepat selesai. Tetapi membayar biasanya malah memancing tuntutan lain. Simpan uangmu; minta bantuan saja.
s-risky-contact-sextortion-q1-b = Hapus akunku dan diam saja
s-risky-contact-sextortion-q1-b-why = Ingin menghilang itu reaksi yang sangat wajar. Tetapi menghapus akun bisa menghilangkan bukti, dan diam membuatmu menanggungnya sendirian. Lebih baik blokir, simpan pesannya, dan cerita ke seseorang.
s-risky-contact-sextortion-q1-c = Berhenti membalas, simpan bukti, minta bantuan
s-risky-contact-sextortion-q1-c-why = Berhenti membalas, ambil screenshot, blokir dan laporkan, lalu cerita ke orang dewasa yang kamu percaya atau layanan bantuan. Tenggat waktunya cuma trik supaya kamu terburu-buru.
s-risky-contact-sextortion-not-your-fault =
    Pemerasan seksual adalah kejahatan, dan satu-satunya yang salah adalah pelakunya. Bukan kamu. Bahkan kalau kamu pernah mengirim foto, atau melanggar aturan di rumah.

    Merasa takut, malu, atau terjebak itu wajar. Tetapi kamu tidak sendirian, dan ada jalan keluar. Bercerita kepada seseorang adalah cara tercepat untuk menghentikannya. Kamu tidak akan kena masalah karena minta bantuan.
s-risky-contact-sextortion-q2 = Pemerasan seksual itu salah siapa?
s-risky-contact-sextortion-q2-a = Hanya orang yang mengancam
s-risky-contact-sextortion-q2-a-why = Orang yang mengancam sedang melakukan kejahatan, jadi kesalahannya sepenuhnya ada pada dia. Kamu layak mendapat bantuan dan dukungan, bukan disalahkan.
s-risky-contact-sextortion-q2-b = Salahku, kalau aku pernah kirim foto
s-risky-contact-sextortion-q2-b-why = Banyak orang menyalahkan diri sendiri, dan itu bisa dimengerti. Tetapi memercayai seseorang bukan kejahatan. Mengancammu adalah kejahatan, jadi kesalahannya sepenuhnya milik dia.
s-risky-contact-sextortion-q2-c = Sebagian salahku, sebagian salah dia
s-risky-contact-sextortion-q2-c-why = Bisa saja terasa begitu, apalagi kalau seseorang menyuruhmu merahasiakannya. Tetapi kesalahannya tidak dibagi: kesalahan itu hanya milik orang yang mengancam.
s-risky-contact-sextortion-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Jangan membayar. Berhenti membalas. Simpan screenshot. Blokir dan laporkan, tetapi jangan hapus akunmu. Cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak. Foto bisa dihapus: lihat pelajaran berikutnya.
    Kalau kamu merasa dalam bahaya atau tidak sanggup lagi, telepon nomor darurat setempat sekarang.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: Getting images taken down

s-risky-contact-takedown-title = Menghapus foto yang tersebar
s-risky-contact-takedown-intro =
    Kalau foto atau video telanjang, setengah telanjang, atau seksual dirimu sudah tersebar, atau kamu khawatir itu bisa terjadi, ada cara untuk menghapusnya. Belum terlambat, dan kamu tidak harus melakukannya sendirian.

    Ini tetap berlaku walaupun kamu sendiri yang mengambil fotonya. Kamu tidak akan kena masalah karena minta bantuan.
s-risky-contact-takedown-take-it-down =
    <b>Take It Down</b> adalah layanan gratis dari NCMEC, sebuah lembaga perlindungan anak di Amerika Serikat, dan anak muda di banyak negara bisa memakainya. Layanan ini untuk foto atau video yang diambil <b>sebelum kamu berumur 18 tahun</b>.

    Buka takeitdown.ncmec.org. Kamu tidak perlu menyebutkan namamu, dan orang dewasa yang kamu percaya bisa membantumu.
s-risky-contact-takedown-how-it-works =
    Cara kerjanya: di HP atau komputermu sendiri, situs ini mengubah foto menjadi <b>hash</b>, semacam sidik jari digital. Hanya sidik jari itu yang dikirim, <b>tidak pernah fotonya</b>. Aplikasi yang ikut serta memakainya untuk menemukan salinan, menghapusnya, dan memblokir unggahan baru.

    Tidak semua aplikasi ikut serta, jadi laporkan juga foto itu di aplikasi tempat kamu melihatnya.
s-risky-contact-takedown-how-it-works-alt = Foto di HP berubah menjadi pola sidik jari, dan panah mengarah darinya ke perisai bertanda centang.
s-risky-contact-takedown-q1 = Mana yang benar tentang Take It Down?
s-risky-contact-takedown-q1-a = Aku harus mengirim fotoku ke mereka
s-risky-contact-takedown-q1-a-why = Itu kekhawatiran yang sangat umum, dan masuk akal. Tetapi fotonya tetap ada di perangkatmu. Hanya sidik jari digitalnya yang dibagikan.
s-risky-contact-takedown-q1-b = Untuk foto yang diambil sebelum aku 18 tahun
s-risky-contact-takedown-q1-b-why = Take It Down untuk foto dari saat kamu masih di bawah 18 tahun, dan kamu bisa memakainya tanpa menyebutkan nama.
s-risky-contact-takedown-q1-c = Aku harus lapor ke polisi dulu
s-risky-contact-takedown-q1-c-why = Polisi bisa membantu, dan itu bagus untuk diketahui. Tetapi kamu tidak harus ke polisi dulu. Kamu bisa memakai Take It Down sendiri atau bersama orang dewasa yang kamu percaya.
s-risky-contact-takedown-hotlines =
    Kamu juga bisa melapor ke <b>layanan pelaporan</b> (hotline). <b>IWF</b> (Internet Watch Foundation) dan <b>INHOPE</b>, jaringan internasional layanan pelaporan, bekerja sama dengan situs web dan polisi untuk menghapus gambar seksual anak di bawah 18 tahun.

    Banyak negara punya situs pelaporan sendiri. Melapor itu gratis, dan kamu tidak perlu membagikan fotonya sendiri.
s-risky-contact-takedown-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Laporkan foto itu di aplikasi tempat kamu melihatnya. Pakai takeitdown.ncmec.org untuk foto dari sebelum kamu berumur 18 tahun. Laporkan juga ke layanan pelaporan. Orang dewasa yang kamu percaya atau layanan bantuan anak bisa membantumu di setiap langkah.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 5: Who to tell

s-risky-contact-who-to-tell-title = Cerita ke siapa
s-risky-contact-who-to-tell-intro =
    Saat ada sesuatu di internet yang terasa tidak beres, bercerita kepada seseorang adalah salah satu hal paling berani dan paling cerdas yang bisa kamu lakukan. Kamu tidak perlu yakin dulu, dan kamu tidak perlu bukti.

    Kamu tidak akan kena masalah karena minta bantuan. Apa pun yang terjadi, itu bukan salahmu.
s-risky-contact-who-to-tell-intro-alt = Seorang remaja bicara dengan orang dewasa yang dia percaya. Gelembung chat dan hati melayang di antara mereka.
s-risky-contact-who-to-tell-trusted-adult =
    <b>Orang dewasa yang kamu percaya</b> adalah orang yang mau mendengarkan dan membantu: orang tua atau pengasuh, tante atau om, sepupu yang lebih tua, guru, guru BK, pelatih, atau perawat.

    Bingung mau mulai dari mana? Coba bilang: “Ada kejadian di internet dan aku butuh bantuan.” Kalau orang dewasa pertama tidak membantu, cerita ke orang lain. Terus coba sampai ada yang membantu.
s-risky-contact-who-to-tell-helplines =
    <b>Layanan bantuan anak</b> biasanya gratis dan rahasia. Kamu bisa membicarakan apa saja, dan kamu tidak perlu menyebutkan nama. Di Eropa dan banyak negara lain, nomornya <b>116 111</b>. Beberapa negara memakai nomor lain.

    <b>Layanan pelaporan</b> (hotline) bisa membantu menghapus gambar seksual anak di bawah 18 tahun. Dalam bahaya sekarang? Telepon nomor darurat setempat.
s-risky-contact-who-to-tell-q1 = Ada sesuatu di internet yang membuatmu khawatir, tetapi kamu tidak yakin apakah itu serius. Apa langkah yang baik?
s-risky-contact-who-to-tell-q1-a = Cerita ke orang dewasa yang kupercaya atau layanan bantuan
s-risky-contact-who-to-tell-q1-a-why = Kamu tidak harus yakin dulu bahwa itu serius. Dengan membicarakannya, kamu jadi tahu, dan kamu mendapat dukungan.
s-risky-contact-who-to-tell-q1-b = Tunggu sampai aku punya bukti
s-risky-contact-who-to-tell-q1-b-why = Wajar kalau kamu ingin yakin dulu. Tetapi kamu tidak butuh bukti: merasa khawatir sudah cukup jadi alasan untuk bicara dengan seseorang.
s-risky-contact-who-to-tell-q1-c = Simpan sendiri supaya tidak ada yang kesal
s-risky-contact-who-to-tell-q1-c-why = Peduli pada perasaan orang lain itu baik. Tetapi orang dewasa yang sayang padamu lebih suka tahu, dan kamu juga layak didukung.
s-risky-contact-who-to-tell-friend =
    Kalau temanmu cerita bahwa sesuatu terjadi padanya: dengarkan, percayai dia, dan jangan sebarkan ceritanya. Ingatkan dia bahwa itu bukan salahnya.

    Lalu bantu dia bercerita ke orang dewasa yang dia percaya, atau tawarkan untuk menemaninya. Kalau dia dalam bahaya, ceritakan sendiri ke orang dewasa, walaupun dia memintamu untuk tidak melakukannya. Itulah teman yang baik.
s-risky-contact-who-to-tell-q2 = Temanmu bilang ada yang mengancamnya, tetapi dia memintamu merahasiakannya. Apa yang kamu lakukan?
s-risky-contact-who-to-tell-q2-a = Simpan rahasianya, sesuai janjiku
s-risky-contact-who-to-tell-q2-a-why = Menepati janji itu penting, dan menunjukkan kamu setia. Tetapi ada rahasia yang terlalu berat untuk disimpan, dan ancaman adalah salah satunya. Temanmu butuh bantuan orang dewasa.
s-risky-contact-who-to-tell-q2-b = Unggah ceritanya untuk memperingatkan semua orang
s-risky-contact-who-to-tell-q2-b-why = Kamu ingin melindungi orang lain, dan itu bagus. Tetapi mengunggahnya bisa membuka identitas temanmu dan memperburuk keadaan. Bicara dengan orang dewasa yang kamu percaya lebih aman.
s-risky-contact-who-to-tell-q2-c = Bantu dia cerita ke orang dewasa yang dia percaya
s-risky-contact-who-to-tell-q2-c-why = Kamu bisa menawarkan diri untuk menemaninya atau membantunya mencari kata-kata. Kalau dia tetap tidak mau, menceritakannya sendiri ke orang dewasa tetap langkah yang benar.
s-risky-contact-who-to-tell-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Pikirkan satu orang yang bisa kamu ajak cerita kalau ada yang tidak beres di internet. Ingat layanan bantuan anak, 116 111 di banyak negara. Layanan pelaporan bisa membantu menghapus gambar.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu. Kamu tidak pernah sendirian menghadapi ini.

## Youth voice: the one-tap question asked once after the series (content/series/risky-contact.yaml voice_question)

s-risky-contact-voice-first-move = Kalau sebuah chat mulai terasa tidak beres, apa yang akan kamu lakukan pertama kali?
s-risky-contact-voice-first-move-leave = Berhenti membalas dan keluar dari chat
s-risky-contact-voice-first-move-save = Screenshot pesannya sebagai bukti
s-risky-contact-voice-first-move-report = Blokir dan laporkan dia di aplikasi
s-risky-contact-voice-first-move-tell = Cerita ke orang dewasa yang kupercaya
s-risky-contact-voice-first-move-helpline = Hubungi layanan bantuan anak
