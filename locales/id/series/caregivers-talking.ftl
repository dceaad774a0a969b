## Series: Keeping them safe, keeping them talking (caregivers-talking)
## Audience: parents and caregivers. Sources paraphrased: Thorn for Parents, NCMEC, eSafety Commissioner, UNICEF.
## Indonesian: "Anda" register, warm standard Indonesian; the child is "anak Anda".

s-caregivers-talking-title = Lindungi anak, jaga obrolan
s-caregivers-talking-about = Lima pelajaran singkat untuk orang tua dan pengasuh: risiko online masa kini, cara membicarakannya, tanda-tanda yang perlu diperhatikan, dan apa yang harus dilakukan jika anak Anda membutuhkan bantuan.

## Lesson 1: What online risks look like today

s-caregivers-talking-risks-today-title = Risiko online masa kini
s-caregivers-talking-risks-today-intro =
    Sebagian besar kegiatan anak di internet itu baik: berteman, belajar, bersenang-senang. Ada beberapa risiko yang perlu Anda ketahui agar dapat membimbing mereka dengan tenang.

    Anda tidak perlu menjadi ahli teknologi. Perhatian Anda dan kepercayaan anak Anda lebih penting daripada aplikasi atau pengaturan apa pun.
s-caregivers-talking-risks-today-intro-alt = Orang tua dan anak duduk bersama di sofa dengan HP, di dekat controller game dan sebuah perisai.
s-caregivers-talking-risks-today-three-cs =
    Risiko online umumnya terbagi dalam tiga kelompok:
    • <b>Kontak</b>: seseorang mendekati anak Anda untuk menipu, menekan, atau menyakitinya.
    • <b>Konten</b>: anak Anda melihat hal yang membuatnya kesal atau membahayakannya, seperti kekerasan atau materi seksual.
    • <b>Perilaku</b>: cara anak-anak muda memperlakukan satu sama lain, seperti perundungan atau menyebarkan foto orang lain.
s-caregivers-talking-risks-today-grooming =
    Grooming (bujuk rayu) adalah ketika seseorang membangun kedekatan dengan anak untuk melecehkan atau mengeksploitasinya.

    Biasanya dimulai dengan kebaikan: perhatian, pujian, hadiah, “tidak ada yang memahamimu seperti aku”. Tekanan datang kemudian, dan rasa takut serta malu digunakan agar anak tetap diam. Pelakunya bisa berpura-pura masih muda, atau bisa juga orang yang sudah dikenal anak.
s-caregivers-talking-risks-today-numbers =
    Hal ini terjadi lebih sering daripada yang dikira banyak orang tua. Dalam sebuah survei Thorn, 22% anak dan remaja yang ikut serta mengatakan pernah mengalami interaksi seksual online dengan orang dewasa (Thorn, 2023). Awalnya bisa berupa pesan ramah di game atau chat.

    Mengetahui hal ini adalah alasan untuk mulai berbicara sejak dini, bukan untuk panik.
s-caregivers-talking-risks-today-q1 = Bagaimana grooming biasanya dimulai?
s-caregivers-talking-risks-today-q1-a = Dengan ancaman sejak pesan pertama
s-caregivers-talking-risks-today-q1-a-why = Ancaman, jika ada, biasanya datang belakangan. Grooming cenderung dimulai dengan kebaikan dan perhatian, sehingga sulit dikenali.
s-caregivers-talking-risks-today-q1-b = Dengan perhatian yang ramah dan membangun kepercayaan
s-caregivers-talking-risks-today-q1-b-why = Pelaku membangun kepercayaan terlebih dahulu, dengan perhatian, pujian, atau hadiah. Kemudian, rasa takut dan malu digunakan agar anak tetap diam.
s-caregivers-talking-risks-today-q1-c = Hanya lewat orang asing dengan foto palsu
s-caregivers-talking-risks-today-q1-c-why = Sebagian pelaku memang memakai profil palsu, tetapi pelakunya bisa juga orang yang sudah dikenal anak, di internet maupun di dunia nyata.
s-caregivers-talking-risks-today-what-to-do =
    Yang dapat Anda lakukan minggu ini:
    • Tanyakan aplikasi dan game apa yang disukai anak Anda, dan biarkan dia menunjukkannya kepada Anda.
    • Katakan kepadanya bahwa dia boleh datang kepada Anda tentang apa pun yang terjadi di internet, bahkan jika dia merasa telah berbuat salah.
    • Simpan nomor layanan bantuan anak di negara Anda.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 2: Talking early and often, without shame or punishment

s-caregivers-talking-talking-title = Bicara sejak dini dan sering
s-caregivers-talking-talking-intro =
    Obrolan singkat yang rutin lebih efektif daripada satu pembicaraan besar. Tanyakan tentang kehidupan online anak seperti Anda bertanya tentang sekolah atau teman: saat makan malam, di mobil atau di motor, sambil menonton acara.

    Mulailah sebelum ada masalah, agar obrolan ini terasa biasa. Lebih banyak mendengarkan daripada berbicara.
s-caregivers-talking-talking-intro-alt = Orang tua dan anak berdampingan, masing-masing dengan gelembung percakapan, mengobrol dengan santai.
s-caregivers-talking-talking-red-flags =
    Peringatan tentang “orang asing” saja tidak cukup: seseorang yang sudah berminggu-minggu mengobrol dengan anak Anda terasa seperti teman. Ajarkan tanda-tanda bahayanya. Waspadai orang yang:
    • memintanya merahasiakan sesuatu
    • ingin pindah ke aplikasi pribadi
    • menawarkan hadiah, uang, atau kredit game
    • meminta foto atau obrolan seksual
    • banyak memuji, mendesak, atau mengancam
s-caregivers-talking-talking-exit-plan =
    Bantu anak Anda menyiapkan jalan keluar sebelum dia membutuhkannya. Sepakati apa yang dilakukan ketika sebuah chat terasa tidak beres: berhenti membalas, keluar, blokir, laporkan, dan datang kepada Anda.

    Beri dia cara mudah untuk menolak: “Salahkan saja Ayah/Ibu. Bilang orang tuamu tidak mengizinkan.” Latih bersama, agar siap saat dia membutuhkannya.
s-caregivers-talking-talking-no-shame =
    Anak sering diam karena takut dihukum atau kehilangan HP-nya. Katakan dengan jelas kepada anak Anda: “Apa pun yang terjadi di internet, kamu boleh cerita ke Ayah/Ibu. Kamu tidak akan dimarahi, dan HP-mu tidak akan diambil karena kamu cerita.”

    Lalu tepati janji itu. Ketika seseorang menyakiti anak, kesalahan ada pada pelakunya, tidak pernah pada anak.
s-caregivers-talking-talking-q1 = Pesan mana yang paling membantu anak Anda?
s-caregivers-talking-talking-q1-a = “Jangan pernah bicara dengan orang asing di internet.”
s-caregivers-talking-talking-q1-a-why = Kedengarannya aman, tetapi kurang membantu. Anak mungkin tidak menganggap teman online lamanya sebagai orang asing, dan bahaya bisa datang dari orang yang mereka kenal.
s-caregivers-talking-talking-q1-b = “Bilang ke Ayah/Ibu kalau ada yang bikin kamu risih.”
s-caregivers-talking-talking-q1-b-why = Pesan ini berfokus pada perilaku seseorang, bukan pada siapa orangnya, dan memberi tahu anak Anda bahwa dia selalu bisa datang kepada Anda.
s-caregivers-talking-talking-q1-c = “Kalau ada apa-apa, HP-mu Ayah/Ibu ambil.”
s-caregivers-talking-talking-q1-c-why = Takut kehilangan HP adalah salah satu alasan utama anak memilih diam. Ancaman hukuman membuat mereka makin kecil kemungkinannya bercerita kepada Anda.
s-caregivers-talking-talking-q2 = Anak Anda bercerita bahwa seorang teman dari game memintanya menyimpan rahasia. Apa yang pertama kali Anda katakan?
s-caregivers-talking-talking-q2-a = “Terima kasih sudah cerita.”
s-caregivers-talking-talking-q2-a-why = Berterima kasih lebih dulu menunjukkan bahwa bercerita kepada Anda adalah hal yang benar. Setelah itu, Anda dapat dengan tenang menanyakan apa yang terjadi dan memutuskan langkah berikutnya bersama.
s-caregivers-talking-talking-q2-b = “Kenapa kamu ngobrol sama dia?”
s-caregivers-talking-talking-q2-b-why = Ini bisa terdengar menyalahkan, dan anak Anda mungkin berhenti bercerita. Tanyakan apa yang terjadi nanti, dengan tenang dan tanpa menghakimi.
s-caregivers-talking-talking-q2-c = “Sudah, tidak boleh main game lagi.”
s-caregivers-talking-talking-q2-c-why = Larangan terasa seperti hukuman karena sudah bercerita, sehingga anak Anda mungkin diam lain kali. Fokuslah menjaga anak tetap aman dan tetap mau bercerita.
s-caregivers-talking-talking-what-to-do =
    Coba minggu ini:
    • Ajukan satu pertanyaan terbuka, misalnya “Apa hal paling seru dan paling nggak enak di internet akhir-akhir ini?”
    • Sepakati rencana jalan keluar bersama.
    • Katakan dengan jelas bahwa dia tidak akan dimarahi karena bercerita kepada Anda.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 3: Warning signs

s-caregivers-talking-warning-signs-title = Tanda-tanda peringatan
s-caregivers-talking-warning-signs-intro =
    Tidak ada satu tanda pun yang membuktikan bahwa ada yang salah. Banyak tanda punya penyebab biasa, seperti ujian, pertemanan, atau proses tumbuh dewasa.

    Yang penting adalah perubahan: pergeseran mendadak dalam perilaku anak Anda, atau beberapa tanda sekaligus. Percayai naluri Anda, dan jadikan itu awal percakapan yang lembut, bukan tuduhan.
s-caregivers-talking-warning-signs-intro-alt = Seorang remaja melihat HP dengan ragu. Orang tua di dekatnya memikirkannya dengan penuh kasih, dengan hati di gelembung pikiran.
s-caregivers-talking-warning-signs-device =
    Tanda-tanda seputar HP dan kontak online:
    • merahasiakan perangkatnya, menyembunyikan layar, atau cepat-cepat menutup aplikasi
    • ada “teman” online baru yang tidak mau dia bicarakan, sering kali lebih tua
    • memakai HP sampai larut malam, atau tampak tegang saat ada pesan masuk
    • akun baru, aplikasi baru, atau HP kedua yang tidak Anda ketahui
s-caregivers-talking-warning-signs-other-signs =
    Tanda-tanda lain yang perlu diperhatikan:
    • hadiah, uang, kredit game, atau HP baru dari sumber yang tidak jelas
    • perubahan suasana hati: marah, takut, sedih, tampak malu
    • menjauh dari keluarga atau teman
    • susah tidur, atau perubahan mendadak di sekolah
    • tampak kesal setelah memakai HP, atau tiba-tiba menghindarinya
s-caregivers-talking-warning-signs-q1 = Mana yang paling perlu dibicarakan dengan lembut?
s-caregivers-talking-warning-signs-q1-a = Main game dengan teman sekelas sepulang sekolah
s-caregivers-talking-warning-signs-q1-a-why = Ini biasanya hal yang wajar. Menunjukkan minat pada game-nya adalah cara yang baik untuk terus mengobrol, tetapi ini sendiri bukan tanda peringatan.
s-caregivers-talking-warning-signs-q1-b = “Teman” online yang dirahasiakan dan lebih tua
s-caregivers-talking-warning-signs-q1-b-why = Merahasiakan kontak baru, terutama yang lebih tua, adalah tanda bahaya yang umum. Tanyakan dengan lembut dan tanpa menyalahkan.
s-caregivers-talking-warning-signs-q1-c = Ingin lebih banyak privasi sebagai remaja
s-caregivers-talking-warning-signs-q1-c-why = Sedikit privasi adalah bagian wajar dari tumbuh dewasa. Perhatikan perubahan mendadak atau kerahasiaan tentang satu orang tertentu, bukan privasi secara umum.
s-caregivers-talking-warning-signs-how-to-ask =
    Jika Anda melihat tanda-tanda, pilih saat yang tenang. Berdampingan sering lebih mudah daripada berhadapan: sambil berjalan kaki atau di kendaraan.

    Sampaikan apa yang Anda perhatikan, bukan apa yang Anda takutkan: “Akhir-akhir ini kamu kelihatan khawatir setiap ada pesan masuk. Ayah/Ibu ada di sini, apa pun itu.” Jangan merebut HP-nya. Jika dia belum siap, katakan bahwa pintu selalu terbuka.
s-caregivers-talking-warning-signs-q2 = Anak Anda tampak cemas dan menyembunyikan layar saat Anda masuk. Apa langkah pertama yang baik?
s-caregivers-talking-warning-signs-q2-a = Menunggu dan berharap akan berlalu
s-caregivers-talking-warning-signs-q2-a-why = Mungkin memang bukan apa-apa, tetapi menunggu dalam diam bisa membuat anak Anda sendirian menghadapi masalah. Pertanyaan yang lembut tidak ada ruginya.
s-caregivers-talking-warning-signs-q2-b = Membaca pesannya diam-diam
s-caregivers-talking-warning-signs-q2-b-why = Memeriksa diam-diam bisa merusak kepercayaan, dan jika anak Anda mengetahuinya, dia mungkin makin banyak menyembunyikan. Percakapan yang tenang adalah langkah pertama yang lebih baik.
s-caregivers-talking-warning-signs-q2-c = Bertanya dengan lembut, di saat yang tenang
s-caregivers-talking-warning-signs-q2-c-why = Menyampaikan apa yang Anda perhatikan, dan bahwa Anda ada untuk membantu, bukan menghukum, membuat pintu tetap terbuka.
s-caregivers-talking-warning-signs-what-to-do =
    Langkah berikutnya:
    • Perhatikan perubahan, tanpa memata-matai.
    • Ajak bicara dengan lembut, dan ingatkan anak Anda bahwa dia tidak akan dimarahi.
    • Jika dia bercerita ada orang yang menyakiti atau mengancamnya, lihat pelajaran “Jika anak Anda bercerita”.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 4: If your child tells you

s-caregivers-talking-if-they-tell-title = Jika anak Anda bercerita
s-caregivers-talking-if-they-tell-stay-calm =
    Jika anak Anda bercerita bahwa sesuatu terjadi di internet, reaksi Anda adalah yang paling penting. Tetaplah tenang, meskipun dalam hati Anda terkejut atau marah.

    Katakan: “Terima kasih sudah cerita. Kamu tidak akan dimarahi. Ini bukan salahmu.” Percayai dia, dengarkan, dan jangan mendesak untuk mengetahui setiap detail. Butuh keberanian baginya untuk bercerita kepada Anda.
s-caregivers-talking-if-they-tell-stay-calm-alt = Orang tua duduk di sofa merangkul anaknya yang cemas, di bawah gambar hati.
s-caregivers-talking-if-they-tell-evidence =
    Simpan bukti: screenshot pesan-pesannya, nama pengguna dan profil orang tersebut, serta tanggalnya. Jangan hapus chat atau akunnya dulu.

    <b>Penting:</b> jangan pernah meneruskan, menyimpan, atau men-screenshot gambar seksual anak, bahkan untuk melaporkannya. Itu bisa merupakan tindak pidana dan memperluas dampaknya. Sebagai gantinya, beri tahu platform, layanan pelaporan, atau polisi di mana gambar itu berada.
s-caregivers-talking-if-they-tell-q1 = Anak Anda menunjukkan gambar seksual dirinya yang sedang disebarkan. Apa yang Anda lakukan dengan gambar itu?
s-caregivers-talking-if-they-tell-q1-a = Menyimpan salinannya sebagai bukti
s-caregivers-talking-if-they-tell-q1-a-why = Menyimpan atau menyalin gambar seksual anak bisa merupakan tindak pidana, meskipun niatnya baik. Sebagai gantinya, catat di mana gambar itu muncul dan laporkan lokasinya.
s-caregivers-talking-if-they-tell-q1-b = Meneruskannya ke polisi
s-caregivers-talking-if-they-tell-q1-b-why = Jangan meneruskannya, bahkan kepada polisi. Beri tahu polisi atau layanan pelaporan di mana gambar itu berada, dan mereka akan memandu Anda.
s-caregivers-talking-if-they-tell-q1-c = Tidak menyalinnya; melaporkan lokasinya
s-caregivers-talking-if-they-tell-q1-c-why = Melaporkan tautan atau akun tempat gambar itu muncul, dan memakai Take It Down, membantu menghapusnya. Jangan pernah menyalin atau membagikan gambarnya.
s-caregivers-talking-if-they-tell-dont-confront =
    Jangan menghubungi orang itu, mengancamnya, atau berpura-pura menjadi anak Anda. Hal itu bisa membuatnya waspada, membahayakan anak Anda, dan merugikan penyidikan. Sebagai gantinya:
    • laporkan akunnya di aplikasi
    • laporkan ke layanan pelaporan nasional atau polisi
    • lalu blokir orang tersebut

    Lakukan setiap langkah bersama anak Anda, agar tidak ada yang terjadi di belakangnya.
s-caregivers-talking-if-they-tell-sextortion =
    Jika seseorang mengancam akan menyebarkan foto anak Anda kecuali dia membayar atau mengirim lebih banyak, ini adalah pemerasan seksual (sextortion). Bantu anak Anda untuk:
    • tidak membayar dan tidak mengirim apa pun; membayar biasanya justru memancing tuntutan lain
    • berhenti membalas, tetapi menyimpan chat sebagai bukti
    • memblokir dan melaporkan akunnya

    Take It Down dapat membantu menghapus gambar-gambar tersebut. Kesalahan ada pada orang yang mengancam.
s-caregivers-talking-if-they-tell-q2 = Seseorang mengancam akan menyebarkan foto anak Anda kecuali dia membayar. Apa yang sebaiknya Anda lakukan?
s-caregivers-talking-if-they-tell-q2-a = Membayar sekali agar berhenti
s-caregivers-talking-if-they-tell-q2-a-why = Membayar jarang mengakhirinya dan sering justru memancing tuntutan lain. Sebagai gantinya, berhenti membalas, simpan bukti, dan laporkan.
s-caregivers-talking-if-they-tell-q2-b = Berhenti membalas, simpan bukti, laporkan
s-caregivers-talking-if-they-tell-q2-b-why = Hentikan kontak, simpan screenshot, blokir, dan laporkan ke platform, layanan pelaporan, atau polisi. Take It Down dapat membantu menghapus gambar-gambar tersebut.
s-caregivers-talking-if-they-tell-q2-c = Mengirim pesan dan balik mengancamnya
s-caregivers-talking-if-they-tell-q2-c-why = Mengonfrontasi pelaku bisa memperburuk keadaan dan dapat merugikan penyidikan. Serahkan hal itu kepada platform, layanan pelaporan, atau polisi.
s-caregivers-talking-if-they-tell-what-to-do =
    Carilah dukungan untuk anak Anda dan untuk diri Anda sendiri. Layanan bantuan anak dapat berbicara dengan anak Anda, dan sering kali juga dengan Anda; banyak negara memakai nomor 116 111. Jika anak Anda dalam bahaya saat ini juga, hubungi polisi.

    Jaga kehidupan sehari-hari tetap tenang, dan jangan mengambil HP-nya sebagai hukuman.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 5: Tools and reporting routes

s-caregivers-talking-tools-title = Alat bantu dan jalur pelaporan
s-caregivers-talking-tools-together =
    Pengaturan privasi dan fitur kontrol orang tua dapat membantu, terutama untuk remaja yang lebih muda. Fitur ini paling efektif jika Anda memasangnya bersama anak dan menjelaskan alasannya, bukan secara diam-diam.

    Periksa siapa yang dapat melihat profil anak Anda dan siapa yang dapat mengiriminya pesan. Di Telegram, periksa siapa yang dapat melihat nomor teleponnya dan siapa yang dapat menambahkannya ke grup. Alat bantu mendukung percakapan; alat bantu tidak menggantikannya.
s-caregivers-talking-tools-together-alt = Orang tua dan seorang remaja di kedua sisi tablet yang menampilkan tombol-tombol pengaturan, dengan roda gigi dan perisai.
s-caregivers-talking-tools-q1 = Apa cara terbaik menggunakan kontrol orang tua?
s-caregivers-talking-tools-q1-a = Memasangnya diam-diam
s-caregivers-talking-tools-q1-a-why = Jika anak Anda menemukan kontrol yang dipasang diam-diam, kepercayaan bisa rusak, dan dia mungkin pindah ke aplikasi yang tidak Anda ketahui. Bersikap terbuka lebih efektif.
s-caregivers-talking-tools-q1-b = Memasangnya bersama dan menjelaskan alasannya
s-caregivers-talking-tools-q1-b-why = Jika anak Anda memahami alasannya, dia lebih mungkin mempertahankan pengaturan itu dan datang kepada Anda jika ada masalah.
s-caregivers-talking-tools-q1-c = Menggunakannya sebagai pengganti obrolan
s-caregivers-talking-tools-q1-c-why = Pengaturan membantu, tetapi tidak ada alat yang bisa menangkap segalanya. Kepercayaan anak Anda dan obrolan rutin Andalah yang menjaganya tetap aman.
s-caregivers-talking-tools-take-it-down =
    Jika foto telanjang atau seksual anak Anda diambil sebelum dia berusia 18 tahun, <b>Take It Down</b> (takeitdown.ncmec.org) dapat membantu menghapusnya dari platform yang ikut serta.

    Layanan ini bekerja dengan sidik jari digital gambar, sehingga gambarnya tidak dikirim kepada siapa pun, dan dapat digunakan tanpa menyebutkan nama. Anak Anda dapat menggunakannya bersama Anda atau sendiri.
s-caregivers-talking-tools-hotlines =
    Untuk melaporkan foto atau video seksual anak, gunakan layanan pelaporan (hotline). Jaringan INHOPE memiliki layanan pelaporan anggota di banyak negara. Internet Watch Foundation (IWF) mengelola portal pelaporan untuk banyak negara yang tidak memiliki layanan pelaporan sendiri. Di Amerika Serikat, gunakan CyberTipline dari NCMEC.

    Laporkan juga akunnya di aplikasi itu sendiri.
s-caregivers-talking-tools-helplines =
    Layanan bantuan anak mendengarkan anak-anak, dan banyak juga yang membantu orang tua. Di banyak negara, nomor 116 111 tersambung ke layanan bantuan anak; panggilannya rahasia dan sering kali gratis.

    Jika anak Anda dalam bahaya saat ini juga, segera hubungi polisi atau nomor darurat setempat.
s-caregivers-talking-tools-q2 = Foto telanjang yang diambil sendiri oleh anak Anda yang berusia 15 tahun sedang disebarkan. Apa yang dapat membantu menghapusnya?
s-caregivers-talking-tools-q2-a = Take It Down
s-caregivers-talking-tools-q2-a-why = Take It Down ditujukan untuk gambar yang diambil sebelum usia 18 tahun. Layanan ini membantu platform yang ikut serta menemukan dan menghapus gambar tersebut, tanpa Anda perlu mengirimkan gambarnya kepada siapa pun.
s-caregivers-talking-tools-q2-b = Meminta orang itu menghapusnya
s-caregivers-talking-tools-q2-b-why = Menghubungi orang itu bisa memperburuk keadaan. Sebagai gantinya, laporkan akunnya dan gunakan Take It Down.
s-caregivers-talking-tools-q2-c = Tidak ada: sekali online, selamanya ada
s-caregivers-talking-tools-q2-c-why = Platform dan layanan pelaporan memang menghapus gambar seksual anak, dan Take It Down dapat membantu. Tetap layak untuk bertindak.
s-caregivers-talking-tools-what-to-do =
    Minggu ini:
    • Periksa pengaturan privasi bersama anak Anda.
    • Simpan nomor layanan bantuan anak di negara Anda di HP Anda, dan tunjukkan kepada anak Anda di mana nomor itu tersimpan.
    • Cari tahu cara melapor di aplikasi yang digunakan anak Anda.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Youth voice: the one-tap question asked once after the series (content/series/caregivers-talking.yaml voice_question)

s-caregivers-talking-voice-first-step = Mana yang akan Anda lakukan lebih dulu?
s-caregivers-talking-voice-first-step-ask = Bertanya kepada anak tentang kehidupan online-nya
s-caregivers-talking-voice-first-step-settings = Memeriksa pengaturan privasi bersama
s-caregivers-talking-voice-first-step-plan = Menyepakati apa yang dia lakukan jika ada masalah
s-caregivers-talking-voice-first-step-no-blame = Berjanji dia tidak akan dimarahi karena bercerita
s-caregivers-talking-voice-first-step-links = Menyimpan tautan bantuan dan pelaporan di negara kami
